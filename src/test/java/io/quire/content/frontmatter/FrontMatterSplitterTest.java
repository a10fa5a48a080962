package io.quire.content.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void splitsYamlAndBody() {
        var doc = FrontMatterSplitter.split("---\ntitle: Hi\ntags: [a]\n---\n# Hello\n\nText\n");
        assertEquals(new SourceDocument("title: Hi\ntags: [a]\n", 2, "# Hello\n\nText\n", 5), doc);
    }

    @Test
    void noFrontMatter() {
        String text = "# Just Markdown\n\n---\n\nafter a rule\n";
        assertEquals(new SourceDocument(null, 0, text, 1), FrontMatterSplitter.split(text));
    }

    @Test
    void emptyFrontMatter() {
        assertEquals(new SourceDocument("", 2, "Body\n", 3), FrontMatterSplitter.split("---\n---\nBody\n"));
    }

    @Test
    void closingFenceAtEndOfFileWithoutNewline() {
        assertEquals(new SourceDocument("a: 1\n", 2, "", 4), FrontMatterSplitter.split("---\na: 1\n---"));
    }

    @Test
    void dotsCloseTheBlock() {
        assertEquals(new SourceDocument("a: 1\n", 2, "Body\n", 4), FrontMatterSplitter.split("---\na: 1\n...\nBody\n"));
    }

    @Test
    void fencesMayHaveTrailingBlanks() {
        assertEquals(
                new SourceDocument("a: 1\n", 2, "Body", 4), FrontMatterSplitter.split("--- \t\na: 1\n---  \nBody"));
    }

    @Test
    void indentedDashesInsideABlockScalarDoNotClose() {
        String text = "---\nnote: |\n  before\n  ---\n  after\nother: x\n---\nBody\n";
        var doc = FrontMatterSplitter.split(text);
        assertEquals("note: |\n  before\n  ---\n  after\nother: x\n", doc.yaml());
        assertEquals("Body\n", doc.body());
        assertEquals(8, doc.bodyFirstLine());
    }

    @Test
    void dashesWithOtherTextDoNotClose() {
        var doc = FrontMatterSplitter.split("---\na: 1\n--- b\n----\n---\nBody");
        assertEquals("a: 1\n--- b\n----\n", doc.yaml());
        assertEquals("Body", doc.body());
    }

    @Test
    void crlfBecomesLf() {
        var doc = FrontMatterSplitter.split("---\r\ntitle: Hi\r\n---\r\nLine 1\r\nLine 2\r\n");
        assertEquals(new SourceDocument("title: Hi\n", 2, "Line 1\nLine 2\n", 4), doc);
    }

    @Test
    void unclosedFrontMatterComesBackAsBody() {
        String text = "---\ntitle: Hi\n\nBody\n";
        assertEquals(new SourceDocument(null, 0, text, 1), FrontMatterSplitter.split(text));
        assertTrue(FrontMatterSplitter.startsWithFence(text, "---"));
    }

    @Test
    void loneOpeningFence() {
        assertEquals(new SourceDocument(null, 0, "---", 1), FrontMatterSplitter.split("---"));
        assertEquals(new SourceDocument(null, 0, "---\n", 1), FrontMatterSplitter.split("---\n"));
    }

    @Test
    void firstLineMustBeExactlyThreeDashes() {
        for (String text : new String[] {" ---\na: 1\n---\n", "----\na: 1\n---\n", "--- x\na: 1\n---\n"}) {
            assertEquals(new SourceDocument(null, 0, text, 1), FrontMatterSplitter.split(text), text);
        }
    }

    @Test
    void tomlFrontMatterIsBetweenPlusFences() {
        String text = "+++\ntitle = \"Hi\"\n---\n+++\nBody\n";
        assertEquals(
                new SourceDocument("title = \"Hi\"\n---\n", 2, "Body\n", 5, true), FrontMatterSplitter.split(text));
    }

    @Test
    void anUnclosedTomlFenceIsNoFrontMatter() {
        String text = "+++\ntitle = \"Hi\"\n---\nBody\n";
        assertEquals(new SourceDocument(null, 0, text, 1), FrontMatterSplitter.split(text));
        assertTrue(FrontMatterSplitter.startsWithFence(text, "+++"));
        assertFalse(FrontMatterSplitter.startsWithFence(text, "---"));
    }
}
