package io.quire.content.render;

import static io.quire.support.CpuBudget.assertWithinCpu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.content.ContentException;
import io.quire.content.OutputBudget;
import io.quire.shared.TocEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests, discovered: every {@code src/test/resources/render/<case>.md} rendered with YouTube
 * as the only iframe host must equal {@code <case>.html} byte for byte, and its plain text {@code
 * <case>.txt} when that file exists; a new pair of files is a new test. After a deliberate change
 * (for example a commonmark upgrade) regenerate with {@code -Dquire.render.updateGolden=true}, then
 * review every changed golden file by eye before committing it.
 */
class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of("www.youtube.com"));

    /** CPU time a hostile body may cost: a linear pass takes about a second, a blow-up minutes. */
    private static final Duration BOMB_CPU = Duration.ofSeconds(20);

    // --- golden HTML --------------------------------------------------------------------------

    private static final Path GOLDEN = Path.of("src/test/resources/render");

    static Stream<String> goldenCases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".md"))
                    .map(f -> f.substring(0, f.length() - 3))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void goldenCasesAreDiscovered() throws IOException {
        // The cases that existed before discovery, so that a broken listing cannot pass silently.
        assertTrue(goldenCases()
                .toList()
                .containsAll(List.of(
                        "reference-post",
                        "tables",
                        "strikethrough",
                        "autolink",
                        "footnotes",
                        "duplicate-headings",
                        "non-latin-headings",
                        "xss",
                        "raw-html-allowed")));
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void rendersGoldenHtml(String name) throws Exception {
        RenderedBody body = RENDERER.render(resource(name + ".md"));
        boolean update = Boolean.getBoolean("quire.render.updateGolden");
        if (update) {
            Files.writeString(GOLDEN.resolve(name + ".html"), body.html());
        }
        assertEquals(resource(name + ".html"), body.html(), name);
        Path text = GOLDEN.resolve(name + ".txt");
        if (Files.exists(text)) {
            if (update) {
                Files.writeString(text, body.plainText() + "\n");
            }
            assertEquals(Files.readString(text), body.plainText() + "\n", name + " plain text");
        }
    }

    @Test
    void xssVectorsAreRemoved() throws Exception {
        // Independent of the golden file, so a carelessly regenerated golden cannot hide a hole.
        String html = RENDERER.render(resource("xss.md")).html();
        String lower = html.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of(
                "<script",
                "<style",
                "<svg",
                "<form",
                "<object",
                "<embed",
                "<meta",
                "<link",
                "<base",
                "onerror",
                "onclick",
                "onload",
                "onmouseover",
                "style=",
                "javascript:",
                "vbscript:",
                "data:text",
                "data:image/svg",
                "evil.example",
                "http://www.youtube.com",
                "fallback text",
                "alert(",
                "nofollow",
                "target=")) {
            assertFalse(lower.contains(forbidden), () -> "sanitised HTML contains " + forbidden + ":\n" + html);
        }
        assertTrue(html.contains("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\""), html);
        assertTrue(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"png\">"), html);
        assertTrue(html.contains("<a href=\"#raw-html\">fragment</a>"), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com\\@evil.example/",
                "https://www.youtube.com&#92;@evil.example/",
                "https://www.youtube.com%5C@evil.example/",
                "https://www.youtube.com:443@evil.example/embed/x",
                "https://user@www.youtube.com/embed/x",
                "https://evil.example\\@www.youtube.com/embed/x",
                "https:\\\\www.youtube.com/embed/x",
                "https:www.youtube.com/embed/x",
                "https://www.you&#9;tube.com/embed/x",
                "https://www.youtube%2Ecom/embed/x",
                "https://www.youtube.com./embed/x",
                "https://www.youtube.com:8443/embed/x",
                "https://www.yоutube.com/embed/x",
                "http://www.youtube.com/embed/x",
                "//www.youtube.com/embed/x",
                "https://www.youtube.com.evil.example/embed/x",
                "javascript://www.youtube.com/%0aalert(1)"
            })
    void embedUrlsThatBrowsersCouldReadAsAnotherHostAreDropped(String src) throws Exception {
        String html = RENDERER.render("<iframe src=\"" + src + "\"></iframe>\n").html();
        assertFalse(html.contains("<iframe"), html);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.youtube.com/embed/x",
                "HTTPS://WWW.YOUTUBE.COM/embed/x",
                "https://www.youtube.com:443/embed/x?start=10#t",
                "https://www.youtube.com/embed/x?a=%5C@evil.example"
            })
    void embedUrlsOnAnAllowedHostAreKept(String src) throws Exception {
        String html = RENDERER.render("<iframe src=\"" + src + "\"></iframe>\n").html();
        assertTrue(html.contains("<iframe src="), html);
    }

    @Test
    void iframesAreRemovedWhenNoHostIsAllowed() throws Exception {
        String markdown = "<iframe src=\"https://www.youtube.com/embed/x\" title=\"Video\"></iframe>\n";
        assertTrue(RENDERER.render(markdown).html().contains("<iframe"));
        String html = new MarkdownRenderer(Set.of()).render(markdown).html();
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("youtube"), html);
    }

    @Test
    void footnoteLinksStillResolveAfterSanitising() throws Exception {
        String html = RENDERER.render(resource("footnotes.md")).html();
        for (String id : List.of("fn-1", "fn-note", "fnref-1", "fnref-1-2", "fnref-note")) {
            assertTrue(html.contains("href=\"#" + id + "\""), () -> "no link to " + id + " in\n" + html);
            assertTrue(html.contains("id=\"" + id + "\""), () -> "no element with id " + id + " in\n" + html);
        }
    }

    @Test
    void taskListCheckboxesKeepCommonmarkMarkup() throws Exception {
        String html = RENDERER.render("- [ ] open\n- [x] done\n").html();
        assertEquals(
                "<ul><li><input type=\"checkbox\" disabled=\"\"> open</li>"
                        + "<li><input type=\"checkbox\" disabled=\"\" checked=\"\"> done</li></ul>\n",
                html);
    }

    // --- table of contents and heading ids ----------------------------------------------------

    @Test
    void tocListsH2ToH4WithTheIdsUsedInTheHtml() throws Exception {
        String markdown = """
                # Title

                ## Getting *started*

                ### Install `quire`

                #### Über uns

                ##### Too deep for the TOC

                ## Getting started

                ## 缓存 策略

                ## 🎉

                Text[^a].

                [^a]: ## Heading inside a footnote
                """;
        RenderedBody body = RENDERER.render(markdown);
        assertEquals(
                List.of(
                        new TocEntry(2, "Getting started", "getting-started"),
                        new TocEntry(3, "Install quire", "install-quire"),
                        new TocEntry(4, "Über uns", "über-uns"),
                        new TocEntry(2, "Getting started", "getting-started-1"),
                        new TocEntry(2, "缓存 策略", "缓存-策略"),
                        new TocEntry(2, "🎉", "section")),
                body.toc());
        for (TocEntry entry : body.toc()) {
            assertTrue(
                    body.html().contains("<h" + entry.level() + " id=\"" + entry.id() + "\">"),
                    () -> entry + " not in\n" + body.html());
        }
        assertTrue(body.html().contains("<h1 id=\"title\">Title</h1>"), body.html());
        assertTrue(body.html().contains("<h5 id=\"too-deep-for-the-toc\">"), body.html());
    }

    @Test
    void headingSlugsFollowGithub() {
        assertEquals("hello-world", HeadingIds.slug("Hello, World!"));
        assertEquals("über-uns", HeadingIds.slug("Über uns"));
        assertEquals("缓存-策略", HeadingIds.slug("缓存 策略"));
        assertEquals("snake_case-and-kebab-case", HeadingIds.slug("snake_case and kebab-case"));
        assertEquals("café--crème", HeadingIds.slug("Café & Crème"));
        assertEquals("", HeadingIds.slug("🎉!!!"));

        HeadingIds ids = new HeadingIds();
        ids.reserve("fn-1");
        assertEquals("intro", ids.next("Intro"));
        assertEquals("intro-1", ids.next("Intro"));
        assertEquals("intro-1-1", ids.next("Intro-1"));
        assertEquals("intro-2", ids.next("Intro"));
        assertEquals("section", ids.next("!!!"));
        assertEquals("section-1", ids.next("🎉"));
        assertEquals("fn-1-1", ids.next("fn-1"));
    }

    // --- plain text, excerpts, word count -----------------------------------------------------

    @Test
    void plainTextExcerptAndFirstBlocks() throws Exception {
        String markdown = """
                # My Title

                First paragraph with **bold**, `code` and a [link](/x).

                <!--more-->

                ## Section

                - item one
                - item two

                ```java
                int x = 1;
                ```

                <div>Raw <b>html</b> &amp; entities<script>evil()</script></div>

                | a | b |
                |---|---|
                | c | d |
                """;
        RenderedBody body = RENDERER.render(markdown);
        assertEquals("""
                My Title
                First paragraph with bold, code and a link.
                Section
                item one
                item two
                int x = 1;
                Raw html & entities
                a b
                c d""", body.plainText());
        assertEquals("My Title\nFirst paragraph with bold, code and a link.", body.moreExcerpt());
        assertEquals("First paragraph with bold, code and a link.", body.firstParagraph());
        assertEquals("My Title", body.firstHeading());
        assertEquals(25, body.wordCount());
        assertFalse(body.html().contains("more"), body.html());
    }

    @Test
    void firstParagraphSkipsHeadingsCodeImagesAndNestedBlocks() throws Exception {
        String markdown = """
                ## Not a level-one heading

                ```
                code first
                ```

                > A quote is not the first paragraph.

                ![only an image](/i.png)

                The real
                first paragraph.[^1]

                # Late title

                [^1]: A note.
                """;
        RenderedBody body = RENDERER.render(markdown);
        assertEquals("The real first paragraph.", body.firstParagraph());
        assertEquals("Late title", body.firstHeading());
        assertNull(body.moreExcerpt());
        assertEquals(
                "Not a level-one heading\ncode first\nA quote is not the first paragraph.\n"
                        + "The real first paragraph.\nLate title\nA note.",
                body.plainText());
    }

    @Test
    void moreMarkerVariants() throws Exception {
        assertEquals(
                "Intro text.",
                RENDERER.render("Intro text.\n\n<!-- more -->\n\nRest.").moreExcerpt());
        assertEquals(
                "Intro text.",
                RENDERER.render("Intro text.\n<!--more-->\nRest.").moreExcerpt());
        assertEquals("", RENDERER.render("<!--more-->\n\nRest.").moreExcerpt());
        // Not on its own line: not a marker.
        assertNull(RENDERER.render("Intro <!--more--> rest.").moreExcerpt());
        // Inside code: not a marker.
        assertNull(RENDERER.render("```\n<!--more-->\n```\n").moreExcerpt());
        // Only the first marker counts.
        assertEquals(
                "One",
                RENDERER.render("One\n\n<!--more-->\n\nTwo\n\n<!--more-->\n").moreExcerpt());
    }

    @Test
    void emptyBody() throws Exception {
        RenderedBody body = RENDERER.render("");
        assertEquals("", body.html());
        assertEquals(List.of(), body.toc());
        assertEquals("", body.plainText());
        assertNull(body.moreExcerpt());
        assertNull(body.firstParagraph());
        assertNull(body.firstHeading());
        assertEquals(0, body.wordCount());
    }

    @Test
    void cjkCharactersCountAsOneWordEach() throws Exception {
        assertEquals(8, WordCounter.count("日本語の文章です"));
        assertEquals(4, WordCounter.count("中文句子。"));
        assertEquals(8, WordCounter.count("한국어 문장입니다"));
        assertEquals(5, WordCounter.count("コーヒー豆"));
        assertEquals(4, WordCounter.count("Java开发者"));
        assertEquals(3, WordCounter.count("Hello 世界"));
        assertEquals(5, WordCounter.count("café naïve don't 42"));
        assertEquals(2, WordCounter.count("हिन्दी शीर्षक"));
        assertEquals(0, WordCounter.count(" — !!! 🎉 "));

        RenderedBody body = RENDERER.render("# 缓存策略\n\n缓存很重要。Cache matters, a lot.\n");
        assertEquals(4 + 5 + 4, body.wordCount());
    }

    // --- hostile input ------------------------------------------------------------------------

    @Test
    void deeplyNestedBlockQuotesAreRefused() {
        ContentException e = assertRefusedQuickly(">".repeat(100_000) + " deep");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertNotNull(e.hint());
    }

    @Test
    void deeplyNestedListsAreRefused() {
        assertRefusedQuickly("- ".repeat(100_000) + "x");
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            indented.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        ContentException e = assertRefusedQuickly(indented.toString());
        assertTrue(e.line() > 1, "line " + e.line());
    }

    @Test
    void deeplyNestedEmphasisIsRefused() {
        assertRefusedQuickly("*".repeat(50_000) + "a" + "*".repeat(50_000));
    }

    @Test
    void deeplyNestedBracketsAndImagesAreRefused() {
        // Nested images are quadratic in commonmark-java's inline parser (~20 s for 100,000).
        ContentException e = assertRefusedQuickly("![".repeat(100_000) + "a" + "](x)".repeat(100_000));
        assertEquals(1, e.line());
        // The 1001st unclosed "[" is the second character of the 1001st "![".
        assertEquals(2 * MarkdownRenderer.MAX_OPEN_BRACKETS + 2, e.column());
        assertRefusedQuickly("[".repeat(100_000));
        assertRefusedQuickly("[".repeat(100_000) + "x" + "]".repeat(100_000));
        e = assertRefusedQuickly("Fine [link](/x).\n\n" + "[".repeat(100_000));
        assertEquals(3, e.line());
        // Under the bracket limit but nested deeper than the tree limit (alt text is a subtree too).
        e = assertRefusedQuickly("text\n\n" + "![".repeat(80) + "a" + "](x)".repeat(80));
        assertEquals(3, e.line());
    }

    @Test
    void manyBracketsThatAreClosedEscapedOrInSeparateParagraphsRender() throws Exception {
        String closed = "[".repeat(500) + "x" + "]".repeat(500) + " " + "![a](/i.png) ".repeat(20_000);
        String escaped = "\\[".repeat(5_000);
        String paragraphs = ("[".repeat(600) + "\n\n").repeat(3);
        for (String markdown : List.of(closed, escaped, paragraphs)) {
            RenderedBody body = assertWithinCpu(BOMB_CPU, () -> RENDERER.render(markdown));
            assertFalse(body.html().isEmpty());
        }
    }

    @Test
    void deeplyNestedRawHtmlIsBoundedBySanitiser() {
        String bomb = "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000);
        RenderedBody body = assertWithinCpu(BOMB_CPU, () -> RENDERER.render(bomb));
        assertTrue(body.html().length() < bomb.length() / 10, "output not bounded");
    }

    @Test
    void footnoteReferenceFloodIsRefused() throws Exception {
        // Every reference renders a ~300 byte back-link: 100,000 would make 28 MB of HTML.
        ContentException e = assertRefusedQuickly("[^1]".repeat(100_000) + "\n\n[^1]: Note.\n");
        assertTrue(e.getMessage().contains("footnote references"), e.getMessage());
        String allowed = "[^1]".repeat(MarkdownRenderer.MAX_FOOTNOTE_REFERENCES) + "\n\n[^1]: Note.\n";
        assertTrue(RENDERER.render(allowed).html().contains("fnref-1-" + MarkdownRenderer.MAX_FOOTNOTE_REFERENCES));
    }

    @Test
    void realisticNestingIsRendered() throws Exception {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            markdown.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        markdown.append("\n").append("> ".repeat(10)).append("*quoted **deep** text*\n");
        String html = RENDERER.render(markdown.toString()).html();
        assertEquals(10, html.split("<ul>", -1).length - 1, html);
        assertEquals(10, html.split("<blockquote>", -1).length - 1, html);
    }

    @Test
    void aReferenceLinkFloodStopsAtTheHtmlBudgetAtTheLinkThatCrossedIt() {
        // 940 KB of Markdown: one 100 KB URL used 120,000 times would render 12 GB of HTML.
        String markdown = "[r]: https://example.com/" + "a".repeat(100_000) + "\n\n" + "[x][r] ".repeat(120_000) + "\n";
        ContentException e = assertRefusedQuickly(markdown);
        assertEquals("Markdown renders to more than 1048576 bytes of HTML", e.getMessage());
        assertEquals(3, e.line());
        // the eleventh link: each one writes an href of about 100 KB
        assertEquals(1 + 10 * "[x][r] ".length(), e.column());
        assertTrue(e.hint().contains("quire.render.max-html-bytes"), e.hint());
    }

    @Test
    void theHtmlBudgetIsConfigurableAndPointsAtTheBlockThatCrossedIt() throws Exception {
        MarkdownRenderer small = new MarkdownRenderer(Set.of(), new OutputBudget(65_536, 1000, 1_000_000));
        // each paragraph renders to <p> + 50 characters + </p> and a newline: 58 bytes
        String paragraphs = ("y".repeat(50) + "\n\n").repeat(17);
        assertEquals(17 * 58, small.render(paragraphs).html().length());
        ContentException e = assertThrows(ContentException.class, () -> small.render(paragraphs + paragraphs));
        assertEquals(35, e.line(), "the 18th paragraph, on line 35");
        assertEquals(1, e.column());
    }

    @Test
    void thePlainTextBudgetPointsAtTheTextThatCrossedIt() {
        MarkdownRenderer small = new MarkdownRenderer(Set.of(), new OutputBudget(65_536, 1_000_000, 100));
        ContentException e =
                assertThrows(ContentException.class, () -> small.render(("z".repeat(50) + "\n\n").repeat(3)));
        assertEquals("Markdown has more than 100 bytes of text", e.getMessage());
        assertEquals(3, e.line());
        assertTrue(e.hint().contains("quire.render.max-text-bytes"), e.hint());
    }

    @Test
    void budgetsCountUtf8Bytes() throws Exception {
        MarkdownRenderer small = new MarkdownRenderer(Set.of(), new OutputBudget(65_536, 1000, 1000));
        // 300 CJK characters are 900 bytes of UTF-8: "<p>" + 900 + "</p>\n" = 908 bytes fits, 340 do not
        assertEquals(908, small.render("缓".repeat(300)).html().getBytes(StandardCharsets.UTF_8).length);
        assertThrows(ContentException.class, () -> small.render("缓".repeat(340)));
    }

    private static ContentException assertRefusedQuickly(String markdown) {
        return assertWithinCpu(BOMB_CPU, () -> assertThrows(ContentException.class, () -> RENDERER.render(markdown)));
    }

    // --- sharing --------------------------------------------------------------------------------

    @Test
    void oneRendererIsSafeToShareAcrossThreads() throws Exception {
        List<String> inputs = List.of(
                resource("reference-post.md"),
                resource("duplicate-headings.md"),
                resource("footnotes.md"),
                resource("non-latin-headings.md"),
                resource("hugo-shortcodes.md"),
                resource("liquid.md"),
                resource("attribute-lists.md"));
        List<RenderedBody> expected = new ArrayList<>();
        for (String input : inputs) {
            expected.add(RENDERER.render(input));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int k = (i + offset) % inputs.size();
                        assertEquals(expected.get(k), RENDERER.render(inputs.get(k)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("/render/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource render/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
