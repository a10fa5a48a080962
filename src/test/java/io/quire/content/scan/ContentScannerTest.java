package io.quire.content.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quire.content.ContentProblem;
import io.quire.content.ContentProblem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links, loops and odd entries: every file is imported once, from its own place; what is skipped is
 * reported; and none of it makes a scan incomplete (which would stop deletions).
 */
class ContentScannerTest {

    private final ContentScanner scanner = new ContentScanner(100);

    @TempDir
    Path root;

    @Test
    void aLinkToAnEnclosingFolderIsALoopThatIsReportedAndDoesNotMakeTheScanIncomplete() throws IOException {
        write("a/post.md");
        Files.createSymbolicLink(root.resolve("a/loop"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("a/self"), Path.of("self"));

        ScanResult scan = scanner.scan(root);

        assertTrue(scan.complete());
        assertEquals(List.of("a/post.md"), paths(scan));
        assertEquals(
                List.of(
                        "a/loop: not imported again: a link to the folder that is the content root, which is imported"
                                + " from there",
                        "a/self: not imported: a link that leads back to itself (a loop of links)"),
                messages(scan));
        assertTrue(scan.problems().stream().allMatch(p -> p.severity() == Severity.WARNING));
    }

    @Test
    void aFolderReachedTwiceIsImportedOnceFromItsOwnPlace() throws IOException {
        write("real/post.md");
        write("real/sub/deeper.md");
        Files.createSymbolicLink(root.resolve("alias"), Path.of("real"));
        Files.createSymbolicLink(root.resolve("zz-sub"), root.resolve("real/sub"));

        ScanResult scan = scanner.scan(root);

        assertTrue(scan.complete());
        assertEquals(List.of("real/post.md", "real/sub/deeper.md"), paths(scan));
        assertEquals(
                List.of(
                        "alias: not imported again: a link to the folder real, which is imported from there",
                        "zz-sub: not imported again: a link to the folder real/sub, which is imported from there"),
                messages(scan));
    }

    @Test
    void aFileReachedTwiceIsImportedOnce() throws IOException {
        write("a.md");
        Files.createSymbolicLink(root.resolve("b.md"), Path.of("a.md"));

        ScanResult scan = scanner.scan(root);

        assertEquals(List.of("a.md"), paths(scan));
        assertEquals(
                List.of("b.md: not imported again: the same file as a.md, which is imported from there"),
                messages(scan));
    }

    @Test
    void linksIntoDotFoldersAreImportedUnderTheLinkFirstInPathOrder() throws IOException {
        write(".shared/post.md");
        Files.createSymbolicLink(root.resolve("zz"), Path.of(".shared"));
        Files.createSymbolicLink(root.resolve("aa"), Path.of(".shared"));

        ScanResult scan = scanner.scan(root);

        assertEquals(List.of("aa/post.md"), paths(scan));
        assertEquals(
                List.of("zz: not imported again: a link to the folder aa, which is imported from there"),
                messages(scan));
    }

    @Test
    void brokenLinksAndOutsideLinksAreReportedNotFatal(@TempDir Path outside) throws IOException {
        write("post.md");
        Files.writeString(outside.resolve("elsewhere.md"), "x");
        Files.createSymbolicLink(root.resolve("gone.md"), Path.of("missing.md"));
        Files.createSymbolicLink(root.resolve("out.md"), outside.resolve("elsewhere.md"));
        Files.createSymbolicLink(root.resolve("out"), outside);

        ScanResult scan = scanner.scan(root);

        assertTrue(scan.complete());
        assertEquals(List.of("post.md"), paths(scan));
        assertEquals(
                List.of(
                        "gone.md: not imported: a link that leads nowhere (its target does not exist)",
                        "out.md: not imported: a link to a file outside the content root",
                        "out: not imported: a link to a folder outside the content root"),
                messages(scan));
    }

    @Test
    void aNamedPipeIsReportedAndNeverRead() throws Exception {
        write("post.md");
        Path fifo = root.resolve("pipe.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");

        ScanResult scan = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> scanner.scan(root));

        assertTrue(scan.complete());
        assertEquals(List.of("post.md"), paths(scan));
        assertEquals(
                List.of("pipe.md: not imported: not a regular file (a named pipe, socket or device)"), messages(scan));
    }

    @Test
    void anUnreadableFolderMakesTheScanIncomplete() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root reads every folder");
        write("locked/post.md");
        root.resolve("locked").toFile().setReadable(false);
        try {
            ScanResult scan = scanner.scan(root);
            assertEquals(false, scan.complete());
        } finally {
            root.resolve("locked").toFile().setReadable(true);
        }
    }

    private void write(String path) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + path + "\n---\nBody.\n", StandardCharsets.UTF_8);
    }

    private static List<String> paths(ScanResult scan) {
        return scan.files().stream().map(SourceFile::path).toList();
    }

    private static List<String> messages(ScanResult scan) {
        return scan.problems().stream()
                .map((ContentProblem p) -> p.path() + ": " + p.message())
                .sorted()
                .toList();
    }
}
