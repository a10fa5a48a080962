package io.quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} over a folder of hostile and broken files: each bad file is one precise line, the
 * good files pass, and the exit code tells CI whether there were errors.
 */
class ValidateCommandTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void goodFiles() throws IOException {
        write("good.md", "---\ntitle: Good\ndate: 2025-01-01\ntags: [a, b]\n---\nFine.\n");
        // Byte order mark and CRLF line endings import normally.
        Files.write(
                root.resolve("windows.md"),
                ("\uFEFF---\r\ntitle: Windows\r\ndate: 2025-01-02\r\n---\r\nHello.\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCleanFolderPassesWithExitCodeZero() {
        assertEquals(0, run("validate", root.toString()));
        assertEquals("2 posts valid, 0 files failed: 0 errors, 0 warnings\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyBrokenFileIsOneLineWithItsPosition() throws IOException {
        write("bad-yaml.md", "---\ntitle: Broken\ntags: [a, b\ndate: 2025-01-01\n---\nBody\n");
        write("bad-date.md", "---\ntitle: Leap\ndate: 2021-02-29\n---\nBody\n");
        write("unclosed.md", "---\ntitle: Never closed\n\nBody\n");
        Files.write(root.resolve("latin1.md"), new byte[] {
            '-', '-', '-', '\n', 't', ':', ' ', 'x', '\n', '-', '-', '-', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'
        });
        write("huge.md", "---\ntitle: Huge\n---\n" + "x".repeat(1_100_000));
        write(
                "laughs.md",
                "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                        + "g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n---\nBody\n");
        write("deep.md", "---\ntitle: Deep\n---\n\n" + ">".repeat(50_000) + " quote\n");

        assertEquals(1, run("validate", root.toString()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(8, lines.size(), String.join("\n", lines));
        assertLine(lines, "bad-date.md:3:1: error: date '2021-02-29' is not a real calendar date");
        assertLine(lines, "bad-yaml.md:4:5: error: invalid YAML in front matter");
        assertLine(lines, "deep.md:5:65: error: Markdown is nested too deeply");
        assertLine(lines, "huge.md: error: file is too large: 1100020 bytes, the limit is 1048576 bytes");
        assertLine(lines, "latin1.md:4:4: error: not valid UTF-8: byte 0xE9 at byte offset 16");
        assertLine(lines, "laughs.md:2:1: error: front matter uses more than 50 aliases");
        assertLine(lines, "unclosed.md:1:1: error: front matter is not closed");
        assertEquals("2 posts valid, 7 files failed: 7 errors, 0 warnings", lines.get(7));
    }

    @Test
    void jsonOutputForTools() throws IOException {
        write("bad-date.md", "---\ntitle: Leap\ndate: 2021-02-29\n---\nBody\n");
        assertEquals(1, run("validate", "--format", "json", root.toString()));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, report.get("posts").asInt());
        assertEquals(1, report.get("errors").asInt());
        JsonNode problem = report.get("problems").get(0);
        assertEquals("bad-date.md", problem.get("path").asText());
        assertEquals(3, problem.get("line").asInt());
        assertEquals(1, problem.get("column").asInt());
        assertEquals("error", problem.get("severity").asText());
        assertTrue(problem.get("hint").asText().length() > 10);
    }

    @Test
    void duplicateIdsAndSlugsFailTheLaterFileAndDerivedSlugsAreMadeUnique() throws IOException {
        write("a.md", "---\nid: 7\ntitle: A\nslug: same\n---\nA\n");
        write("b.md", "---\nid: 7\ntitle: B\n---\nB\n");
        write("c.md", "---\ntitle: C\nslug: same\n---\nC\n");
        write("en/intro.md", "---\ntitle: Intro\n---\nEnglish\n");
        write("fr/intro.md", "---\ntitle: Intro\n---\nFrançais\n");
        assertEquals(1, run("validate", root.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertLine(lines, "b.md: error: duplicate id '7': already used by a.md");
        assertLine(lines, "c.md: error: duplicate slug 'same': already used by a.md");
        assertLine(
                lines,
                "fr/intro.md: warning: slug 'intro' is already used by en/intro.md; this post is served as"
                        + " 'intro-fr'");
    }

    @Test
    void aLinkOutOfTheRootIsNotFollowed() throws IOException {
        Path outside = Files.createTempFile("outside", ".md");
        Files.writeString(outside, "---\ntitle: Secret\n---\nSecret\n");
        Files.createSymbolicLink(root.resolve("link.md"), outside);
        assertEquals(0, run("validate", root.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertLine(lines, "link.md: warning: not imported: a link to a file outside the content root");
        Files.delete(outside);
    }

    @Test
    void brokenTemplateSyntaxIsAWarningAtItsFileLineWithACode() throws IOException {
        write(
                "hugo.md",
                "---\ntitle: \"Release {{ page.version }}\"\nversion: 3.3\n---\nIntro.\n\n"
                        + "{{< figure src=\"a.png\"\n  caption=\"never closed\"\n\n{{< /note >}}\n");
        assertEquals(0, run("validate", root.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertLine(lines, "hugo.md:7:1: warning: shortcode is not closed by >}} or %}} before a blank line");
        assertTrue(lines.get(0).endsWith(" [shortcode-unclosed]"), lines.get(0));
        assertLine(lines, "hugo.md:10:1: warning: closing {{< /note >}} has no opening tag");
        assertEquals("3 posts valid, 0 files failed: 0 errors, 2 warnings", lines.get(2));

        out.reset();
        assertEquals(0, run("validate", "--format", "json", root.toString()));
        JsonNode problem = new ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8))
                .get("problems")
                .get(0);
        assertEquals("shortcode-unclosed", problem.get("code").asText());
        assertEquals(7, problem.get("line").asInt());
    }

    @Test
    void problemsWithoutACodeHaveNoCodeField() throws IOException {
        write("bad-date.md", "---\ntitle: Leap\ndate: 2021-02-29\n---\nBody\n");
        assertEquals(1, run("validate", "--format", "json", root.toString()));
        JsonNode problem = new ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8))
                .get("problems")
                .get(0);
        assertTrue(problem.get("code") == null, problem.toString());
    }

    @Test
    void badUsageIsExitCodeTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("validate", "--format", "xml", root.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: validate"));
    }

    private int run(String... args) {
        return ValidateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void assertLine(List<String> lines, String prefix) {
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith(prefix)),
                "no line starts with '" + prefix + "' in:\n" + String.join("\n", lines));
    }
}
