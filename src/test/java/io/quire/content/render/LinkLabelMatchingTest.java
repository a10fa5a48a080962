package io.quire.content.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.content.ContentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Link and footnote labels are matched once, by CommonMark's rule (Unicode case fold; leading and
 * trailing spaces, tabs and line endings stripped and runs of them collapsed; other Unicode spaces are
 * part of the label): templated link definitions and the footnote ids reserved for headings agree with
 * what commonmark-java itself matches.
 */
class LinkLabelMatchingTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of());

    /**
     * @param definition the label of the definition, with {@code \\u} escapes
     * @param reference the label of the reference, with {@code \\u} escapes
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ẞ | ss | true",
                "Straße | STRASSE | true",
                "Foo  \\u0009 Bar | foo bar | true",
                "a\\u00A0b | a b | false",
                "a\\u2003b | a b | false",
                "\\u2003x | x | false",
                "x\\u3000 | x | false",
            })
    void templatedDefinitionsMatchLabelsAsCommonMarkDoes(String definition, String reference, boolean matches)
            throws ContentException {
        String def = unescape(definition);
        String ref = unescape(reference);
        String plain =
                RENDERER.render("[" + ref + "]\n\n[" + def + "]: /plain\n").html();
        String templated = RENDERER.render("[" + ref + "]\n\n[" + def + "]: {{< ref \"other\" >}}\n")
                .html();
        assertEquals(matches, plain.contains("<a href=\"/plain\""), plain);
        assertEquals(matches, templated.contains("data-quire-ref=\"other\""), templated);
    }

    /**
     * References that CommonMark case-folds to a footnote's label ({@code ẞ} and {@code ss}) are both
     * its references: the id of the second one is kept from headings.
     */
    @Test
    void footnoteIdsReservedForEveryReferenceTheLibraryMatches() throws ContentException {
        String html = RENDERER.render("""
                        Text[^ẞ] and more[^ss].

                        # fnref ss

                        # fnref ss

                        [^ss]: A note.
                        """).html();
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        List<String> all = new ArrayList<>();
        while (ids.find()) {
            all.add(ids.group(1));
        }
        assertEquals(all.stream().distinct().toList(), all, html);
        assertTrue(all.contains("fnref-ss-2"), html);
    }

    private static String unescape(String text) {
        Matcher escape = Pattern.compile("\\\\u([0-9A-F]{4})").matcher(text.strip());
        StringBuilder sb = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(sb, Character.toString(Integer.parseInt(escape.group(1), 16)));
        }
        escape.appendTail(sb);
        return sb.toString();
    }
}
