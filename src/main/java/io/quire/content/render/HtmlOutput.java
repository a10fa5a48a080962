package io.quire.content.render;

import io.quire.shared.HtmlEscape;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Serialises the sanitiser's event stream back to HTML in the same style as commonmark-java's
 * HtmlWriter, so that sanitised Markdown output stays (almost) byte-identical to what commonmark
 * produced: {@code & < > "} are escaped as named entities (OWASP's own renderer writes {@code @ = +
 * ` '} as numeric entities too), void elements have no {@code " /"}, and boolean attributes are
 * written as {@code name=""}.
 *
 * <p>Safety does not depend on this class beyond escaping: it only ever receives element and
 * attribute names that the {@link SanitizerPolicy} allow-list let through, already balanced by
 * OWASP's tag balancer; every attribute value is double-quoted with {@code & " < >} escaped, and
 * text has {@code & < > "} escaped. None of the allowed elements is a raw-text element except
 * {@code iframe}, whose (escaped) content browsers never parse as markup.
 */
final class HtmlOutput implements HtmlStreamEventReceiver {

    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of(
            "allowfullscreen",
            "checked",
            "controls",
            "disabled",
            "loop",
            "muted",
            "open",
            "playsinline",
            "data-footnote-ref",
            "data-footnote-backref",
            "data-footnotes");

    private final StringBuilder out;

    HtmlOutput(StringBuilder out) {
        this.out = out;
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String elementName, List<String> attrs) {
        out.append('<').append(elementName);
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            String name = attrs.get(i);
            String value = attrs.get(i + 1);
            out.append(' ').append(name).append("=\"");
            // OWASP's lexer turns a bare boolean attribute (`controls`) into controls="controls".
            if (!(BOOLEAN_ATTRIBUTES.contains(name) && value.equalsIgnoreCase(name))) {
                escape(value, out);
            }
            out.append('"');
        }
        out.append('>');
    }

    @Override
    public void closeTag(String elementName) {
        if (!VOID_ELEMENTS.contains(elementName)) {
            out.append("</").append(elementName).append('>');
        }
    }

    @Override
    public void text(String text) {
        escape(text, out);
    }

    /**
     * Escapes {@code & < > "} and drops characters that may not appear in HTML (C0/C1 controls other
     * than tab, LF, CR and FF; unpaired surrogates; U+FFFE/U+FFFF).
     */
    static void escape(String s, StringBuilder out) {
        int n = s.length();
        int run = 0; // start of the characters not yet appended, all of which are kept as they are
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                continue;
            }
            out.append(s, run, i);
            if (!HtmlEscape.appendEscaped(c, out)) {
                switch (c) {
                    case '\t', '\n', '\r', '\f' -> out.append(c);
                    default -> {
                        if (Character.isHighSurrogate(c)) {
                            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                                out.append(c).append(s.charAt(++i));
                            }
                        } else if (!(c < 0x20
                                || (c >= 0x7f && c <= 0x9f)
                                || c == '\uFFFE'
                                || c == '\uFFFF'
                                || Character.isLowSurrogate(c))) {
                            out.append(c);
                        }
                    }
                }
            }
            run = i + 1;
        }
        out.append(s, run, n);
    }

    /** Whether {@code c} is written as it is and alone: not escaped, dropped, nor half of a pair. */
    private static boolean plain(char c) {
        if (c < 0x7f) {
            return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"';
        }
        return (c >= 0xa0 && c < Character.MIN_SURROGATE) || (c > Character.MAX_SURROGATE && c < '\uFFFE');
    }
}
