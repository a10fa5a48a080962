package io.quire.content.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import io.quire.content.OutputBudget;
import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.ImportPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline plans from front matter and renders bodies later, reading each file again. */
class ImportPipelineTest {

    private final ImportPipeline pipeline =
            new ImportPipeline(new ImportLimits(1_000_000, ImportLimits.DEFAULT_MAX_FILES, Set.of()));

    @TempDir
    Path root;

    @Test
    void aPlannedFileIsRenderedFromTheBytesItWasPlannedFrom() throws IOException {
        write("a.md", "---\ntitle: A\ntags: [x]\n---\n\n# Intro\n\nHello *world*.\n");

        ImportPipeline.Result result = pipeline.plan(root, Map.of());
        ImportPlan plan = result.plan();
        List<AssembledPost> assembled = pipeline.assemble(plan.creates(), result);

        assertEquals(1, assembled.size());
        assertNull(assembled.get(0).failure());
        assertEquals("A", assembled.get(0).post().title());
        assertEquals(List.of("x"), assembled.get(0).post().tags());
        assertTrue(assembled.get(0).post().html().contains("<em>world</em>"));
    }

    @Test
    void aHugoPostWithTomlFrontMatterImportsLikeAYamlOne() throws IOException {
        write("hugo.md", "+++\ntitle = \"From Hugo\"\nslug = \"from-hugo\"\ntags = [\"go\"]\n+++\n\nBody.\n");

        ImportPipeline.Result result = pipeline.plan(root, Map.of());
        ImportPlan plan = result.plan();
        AssembledPost assembled = pipeline.assemble(plan.creates(), result).get(0);

        assertEquals(List.of(), plan.problems());
        assertEquals("from-hugo", plan.creates().get(0).slug());
        assertEquals("From Hugo", assembled.post().title());
        assertEquals(List.of("go"), assembled.post().tags());
        assertEquals("<p>Body.</p>\n", assembled.post().html());
    }

    @Test
    void templateSyntaxNeverReachesTitleExcerptHtmlOrText() throws IOException {
        write(
                "2024-12-25-ruby-3-3-0-released.md",
                "---\ntitle: \"Ruby {{ page.version }} Released\"\nversion: 3.3.0\n"
                        + "excerpt: \"{% if page.x %}We are pleased{% endif %} to announce {{ site.name }}.\"\n"
                        + "subtitle: the best yet\n---\n"
                        + "{% assign release = site.data.releases | first %}\n"
                        + "Version {{ page.version }}, {{< param subtitle >}}.\n\n"
                        + "{{< notice >}}\nUnclosed\n");
        write(
                "hugo.md",
                "---\ntitle: Hugo\n---\n[[toc]]\n\n{{% notice %}}\nInside.\n{{% /notice %}}\n\nThe text.\n\n## Part\n");

        ImportPipeline.Result result = pipeline.plan(root, Map.of());
        ImportPlan plan = result.plan();
        List<AssembledPost> assembled = pipeline.assemble(plan.creates(), result);

        var ruby = assembled.get(0).post();
        assertEquals("Ruby 3.3.0 Released", ruby.title());
        assertEquals("We are pleased to announce .", ruby.excerpt());
        assertEquals("Version 3.3.0, the best yet.\nUnclosed", ruby.plainText());
        assertEquals(List.of(), ruby.warnings());
        var hugo = assembled.get(1).post();
        assertEquals("The text.", hugo.excerpt());
        assertTrue(
                hugo.html().startsWith("<nav class=\"table-of-contents\"><ul><li><a href=\"#part\">Part</a>"),
                hugo.html());
    }

    @Test
    void aFileThatChangesBetweenPlanningAndRenderingIsLeftForTheNextImport() throws IOException {
        write("a.md", "---\ntitle: A\nslug: first\n---\n\nBody.\n");
        ImportPipeline.Result result = pipeline.plan(root, Map.of());
        ImportPlan plan = result.plan();

        write("a.md", "---\ntitle: A\nslug: second\n---\n\nBody.\n");
        AssembledPost assembled = pipeline.assemble(plan.creates(), result).get(0);

        assertNull(assembled.post());
        assertEquals("a.md", assembled.failure().path());
        assertEquals(Severity.ERROR, assembled.failure().severity());
        assertEquals(
                "the file changed while it was being imported; nothing of it was stored",
                assembled.failure().message());
    }

    @Test
    void aCheckRendersEveryPlannedPostAndKeepsOnlyTheProblems() throws IOException {
        write("good.md", "---\ntitle: Good\n---\n\nFine.\n");
        write("deep.md", "---\ntitle: Deep\n---\n\n" + ">".repeat(100) + " too deep\n");

        ImportPipeline.Check check = pipeline.check(pipeline.plan(root, Map.of()));

        assertEquals(1, check.failedCreates());
        assertEquals(0, check.failedUpdates());
        assertEquals(1, check.problems().size());
        assertEquals("deep.md", check.problems().get(0).path());
        assertEquals(5, check.problems().get(0).line());
    }

    @Test
    void anEmptyFileIsAnErrorSoThatAnInterruptedSaveCannotPublishAnEmptyPost() throws IOException {
        write("empty.md", "");
        write("blank.md", "\n  \n\t\n");
        write("fine.md", "---\ntitle: Fine\n---\n");

        ImportPipeline.Result result = pipeline.plan(root, Map.of());

        assertEquals(
                List.of("fine.md"),
                result.plan().creates().stream().map(p -> p.post().path()).toList());
        assertEquals(2, result.plan().failed());
        for (String path : List.of("blank.md", "empty.md")) {
            ContentProblem problem = problem(result.problems(), path);
            assertEquals("the file is empty", problem.message());
            assertEquals(1, problem.line());
            assertTrue(problem.hint().contains("interrupted save"), problem.hint());
        }
    }

    @Test
    void aNulByteIsAnErrorAtItsPosition() throws IOException {
        Files.write(root.resolve("binary.md"), "---\ntitle: B\n---\nab\0cd\n".getBytes(StandardCharsets.UTF_8));

        ContentProblem problem = problem(pipeline.plan(root, Map.of()).problems(), "binary.md");

        assertEquals("the file contains a NUL character (byte 0x00)", problem.message());
        assertEquals(4, problem.line());
        assertEquals(3, problem.column());
    }

    @Test
    void aTitleOrExcerptTakenFromTheBodyCountsAgainstTheSummaryBudget() throws IOException {
        ImportPipeline small = new ImportPipeline(new ImportLimits(
                1_000_000, ImportLimits.DEFAULT_MAX_FILES, Set.of(), new OutputBudget(200, 1_000_000, 1_000_000)));
        write("more.md", "---\ntitle: T\n---\n" + "word ".repeat(60) + "\n\n<!--more-->\n\nRest.\n");
        write("heading.md", "---\ndate: 2025-01-01\n---\n\nIntro.\n\n# " + "Long ".repeat(60) + "\n");
        write("short.md", "---\ntitle: T\n---\nShort.\n\n<!--more-->\n\n" + "word ".repeat(60) + "\n");

        ImportPipeline.Check check = small.check(small.plan(root, Map.of()));

        assertEquals(2, check.failedCreates());
        ContentProblem more = problem(check.problems(), "more.md");
        assertEquals(
                "the text before <!--more--> makes the post's summary larger than 200 bytes; every post list would"
                        + " repeat it",
                more.message());
        assertEquals(6, more.line());
        ContentProblem heading = problem(check.problems(), "heading.md");
        assertTrue(heading.message().startsWith("the title taken from the first heading"), heading.message());
        assertEquals(7, heading.line());
    }

    @Test
    void anHtmlBombFailsItsFileOnlyWithItsLine() throws IOException {
        write(
                "bomb.md",
                "---\ntitle: Bomb\n---\n[r]: https://example.com/" + "a".repeat(100_000) + "\n\n"
                        + "[x][r] ".repeat(120_000) + "\n");
        write("fine.md", "---\ntitle: Fine\n---\nFine.\n");

        ImportPipeline.Result result = pipeline.plan(root, Map.of());
        List<AssembledPost> assembled = pipeline.assemble(result.plan().creates(), result);

        assertEquals("Fine", assembled.get(1).post().title());
        assertEquals("bomb.md", assembled.get(0).failure().path());
        assertEquals(
                "Markdown renders to more than 1048576 bytes of HTML",
                assembled.get(0).failure().message());
        assertEquals(6, assembled.get(0).failure().line());
    }

    @Test
    void workThatRunsOutOfMemoryIsTriedAgainAloneAndOnlyThenFails() {
        java.util.Set<String> tried = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<String> results = ImportPipeline.alone(
                List.of("a", "victim", "hog", "b"),
                item -> {
                    // the victim runs out of memory the first time only (another file's fault)
                    if (item.equals("hog") || (item.equals("victim") && tried.add(item))) {
                        throw new OutOfMemoryError("test");
                    }
                    return item + " done";
                },
                item -> item + " failed");

        assertEquals(List.of("a done", "victim done", "hog failed", "b done"), results);
    }

    private static ContentProblem problem(List<ContentProblem> problems, String path) {
        return problems.stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + path + " in " + problems));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
    }
}
