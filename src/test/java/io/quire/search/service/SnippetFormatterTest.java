package io.quire.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

    private final SnippetFormatter formatter = new SnippetFormatter(40);

    @Test
    void escapesEverythingButTheMarks() {
        String text = "<b>\"Tom\" & 'Jerry'</b>";
        assertEquals(
                "&lt;b&gt;&quot;<mark>Tom</mark>&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;",
                formatter.format(new Passage[] {passage(text, 0, text.length(), 4, 7)}, text));
    }

    @Test
    void collapsesWhiteSpace() {
        String text = "one\n\n  two\tthree";
        assertEquals(
                "one <mark>two</mark> three",
                formatter.format(new Passage[] {passage(text, 0, text.length(), 7, 10)}, text));
    }

    @Test
    void cutsALongPassageAroundItsFirstMatchAtWordBoundaries() {
        String text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma";
        int match = text.indexOf("iota");
        assertEquals(
                "… eta theta <mark>iota</mark> kappa lambda mu nu xi …",
                formatter.format(new Passage[] {passage(text, 0, text.length(), match, match + 4)}, text));
    }

    @Test
    void noPassagesIsNoSnippet() {
        assertNull(formatter.format(new Passage[0], "text"));
    }

    private static Passage passage(String text, int start, int end, int... matches) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matches.length; i += 2) {
            passage.addMatch(matches[i], matches[i + 1], new BytesRef(text.substring(matches[i], matches[i + 1])), 1);
        }
        return passage;
    }
}
