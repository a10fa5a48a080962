package io.quire.content.render;

import static io.quire.support.CpuBudget.assertWithinCpu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.content.ContentProblem;
import io.quire.content.OutputBudget;
import io.quire.content.render.dialect.TemplateText;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dialects beyond the golden files: front matter values in templates, warnings with their
 * lines and codes, excerpts, and pathological template input (bounded time and output, never an
 * exception, content kept).
 */
class DialectRenderingTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of("www.youtube.com"));

    /**
     * For the tests of time bounds: their floods render to several megabytes, which the default
     * output budgets (1 MiB of HTML and of text) refuse first; here the time is what is measured.
     */
    private static final MarkdownRenderer LARGE_BUDGET = new MarkdownRenderer(
            Set.of("www.youtube.com"), new OutputBudget(65_536, 64 * 1024 * 1024, 64 * 1024 * 1024));

    /** CPU time a hostile body may cost: a linear pass takes about a second, a blow-up minutes. */
    private static final Duration BOMB_CPU = Duration.ofSeconds(20);

    /** What must never reach a reader: the delimiters of Liquid and shortcodes. */
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\{\\{|}}|\\{%|%}");

    // --- values from front matter ---------------------------------------------------------------

    @Test
    void paramAndPageValuesComeFromFrontMatter() throws Exception {
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("Name", "Ada");
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Hello");
        fm.put("subtitle", "a subtitle");
        fm.put("author", author);
        fm.put("tags", List.of("a", "b"));
        RenderedBody body = RENDERER.render(
                "By {{< param \"author.name\" >}}: {{< param subtitle >}}, {{ page.title | upcase }},"
                        + " {{ $frontmatter.tags }}, {{ site.title }}.\n",
                fm);
        assertEquals("<p>By Ada: a subtitle, Hello, a, b, .</p>\n", body.html());
        assertEquals(List.of(), body.warnings());
    }

    @Test
    void frontMatterTextLosesItsTemplateSyntax() {
        Map<String, Object> fm = Map.of("version", "3.3.0");
        assertEquals(
                "Ruby 3.3.0 released, see notes",
                TemplateText.strip("Ruby {{ page.version }} released{% if x %}, see notes{% endif %}", fm));
        assertEquals("Shown: {{< x >}}", TemplateText.strip("Shown: {{</* x */>}}", fm));
        assertEquals("Use <Tabs> in MDX", TemplateText.strip("Use <Tabs> in MDX", fm));
        assertEquals("v3.3.0", TemplateText.strip("v{{< param version >}}", fm));
        assertNull(TemplateText.strip(null, fm));
    }

    // --- excerpts and plain text ------------------------------------------------------------------

    @Test
    void templateOnlyParagraphsAndTocMarkersAreNeverTheExcerpt() throws Exception {
        RenderedBody body = RENDERER.render("""
                {% assign release = site.data.releases | first %}
                {{ release.version }}

                [[toc]]

                {{< figure src="a.png" >}}

                The real first paragraph.

                ## Section
                """);
        assertEquals("The real first paragraph.", body.firstParagraph());
        assertFalse(TEMPLATE_SYNTAX.matcher(body.plainText()).find(), body.plainText());
        assertFalse(TEMPLATE_SYNTAX.matcher(body.html()).find(), body.html());
    }

    @Test
    void embedsFollowTheIframeAllowList() throws Exception {
        String markdown = "{{< youtube id=\"dQw4w9WgXcQ\" title=\"Demo\" >}}\n";
        assertEquals(
                "<p><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\" title=\"Demo\" frameborder=\"0\""
                        + " allowfullscreen=\"\"></iframe></p>\n",
                RENDERER.render(markdown).html());
        assertEquals(
                "<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Demo</a></p>\n",
                new MarkdownRenderer(Set.of()).render(markdown).html());
    }

    @Test
    void referencesAreLinksCarryingTheirTarget() throws Exception {
        String html = RENDERER.render("""
                [Setup]({{< relref "/docs/setup.md#install" >}}), [old]({% post_url 2010-07-21-name %}),
                [ref][r].

                [r]: {{< ref "other" >}}
                """).html();
        assertTrue(
                html.contains("<a href=\"/docs/setup.md#install\" data-quire-ref=\"/docs/setup.md#install\">Setup</a>"),
                html);
        assertTrue(html.contains("<a href=\"2010-07-21-name\" data-quire-ref=\"2010-07-21-name\">old</a>"), html);
        assertFalse(TEMPLATE_SYNTAX.matcher(html).find(), html);
    }

    // --- warnings: code, line, hint; content kept ---------------------------------------------------

    @Test
    void brokenTemplatesAreRenderedWithWarningsAtTheirLines() throws Exception {
        RenderedBody body = RENDERER.render("""
                Intro.

                {{< figure src="a.png"
                  alt="never closed"

                {{< /note >}}

                {% comment %}
                kept because never closed

                {{< param missing >}}

                {% highlight ruby %}
                puts 1
                """);
        assertEquals(
                List.of(
                        "3 shortcode-unclosed",
                        "6 shortcode-unmatched",
                        "8 liquid-unclosed",
                        "11 param-missing",
                        "13 highlight-unclosed"),
                body.warnings().stream().map(w -> w.line() + " " + w.code()).toList(),
                body.warnings().toString());
        for (ContentProblem w : body.warnings()) {
            assertEquals(ContentProblem.Severity.WARNING, w.severity());
            assertTrue(w.hint() != null && !w.hint().isBlank(), w.toString());
        }
        assertTrue(body.html().contains("alt=&quot;never closed&quot;"), body.html());
        assertTrue(body.html().contains("kept because never closed"), body.html());
        assertTrue(body.html().contains("<code class=\"language-ruby\">puts 1\n</code>"), body.html());
    }

    @Test
    void aMissingParamIsAWarning() throws Exception {
        List<ContentProblem> warnings =
                RENDERER.render("A\n\nValue: {{< param missing >}}.\n").warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("param-missing", warnings.get(0).code());
        assertEquals(3, warnings.get(0).line());
    }

    // --- pathological input --------------------------------------------------------------------------

    @Test
    void floodsOfUnclosedTagsStayTextInBoundedTime() {
        for (String unit : List.of("{{<", "{{% x ", "{%", "{{ ", "<Foo ", "{{< x \"", "{% raw %}", "{{</*")) {
            String markdown = unit.repeat(100_000);
            RenderedBody body = assertWithinCpu(BOMB_CPU, () -> LARGE_BUDGET.render(markdown), unit);
            assertTrue(body.html().length() < 8 * markdown.length() + 1000, unit + ": output not bounded");
            assertTrue(body.warnings().size() <= 51, unit);
        }
    }

    @Test
    void manyLinesOfTagsRenderInBoundedTime() {
        for (String line : List.of("{{< note >}}\n", "{{< /note >}}\n", "{% if x %}\n", "<Note>\n", "{{< a\n")) {
            String markdown = line.repeat(50_000);
            RenderedBody body = assertWithinCpu(BOMB_CPU, () -> LARGE_BUDGET.render(markdown), line);
            assertTrue(body.html().length() < 200 * markdown.length(), line + ": output not bounded");
            assertTrue(body.warnings().size() <= 51, line);
        }
    }

    @Test
    void deeplyNestedShortcodesAreBounded() throws Exception {
        String markdown = "{{< box >}}\n".repeat(10_000) + "deep\n" + "{{< /box >}}\n".repeat(10_000);
        RenderedBody body = assertWithinCpu(BOMB_CPU, () -> RENDERER.render(markdown));
        assertTrue(body.html().contains("deep"), "content lost");
        int depth = body.html().split("data-component=\"box\"", -1).length - 1;
        assertEquals(10_000, depth, "every box is kept as a placeholder");
        // 32 nested pairs, and inside the innermost the openers that found no room stand alone.
        assertEquals(33, maxDivDepth(body.html()), "pairs nest at most 32 deep");
        assertTrue(body.warnings().size() <= 51);
        String inline = "{{< b >}}".repeat(10_000) + "x" + "{{< /b >}}".repeat(10_000);
        assertWithinCpu(BOMB_CPU, () -> RENDERER.render(inline));
    }

    private static int maxDivDepth(String html) {
        int depth = 0;
        int max = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.startsWith("<div", i)) {
                max = Math.max(max, ++depth);
            } else if (html.startsWith("</div>", i)) {
                depth--;
            }
        }
        return max;
    }

    @Test
    void hugeParameterListsAreBounded() {
        String huge = "{{< figure " + "a=\"1\" ".repeat(200_000) + ">}}\n";
        RenderedBody body = assertWithinCpu(BOMB_CPU, () -> LARGE_BUDGET.render(huge));
        assertTrue(body.html().length() < 8 * huge.length());
        String many = "{{< x " + "a".repeat(1000) + " >}}\n\n";
        assertWithinCpu(BOMB_CPU, () -> LARGE_BUDGET.render(many.repeat(500)));
        String nestedBraces = "<Chart data=" + "{".repeat(100_000) + " />\n";
        assertWithinCpu(BOMB_CPU, () -> LARGE_BUDGET.render(nestedBraces));
    }
}
