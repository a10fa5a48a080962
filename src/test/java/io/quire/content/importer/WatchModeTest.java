package io.quire.content.importer;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * With watch mode, changes appear in the API shortly after they are written, with no admin call:
 * also while changes keep coming, and after the content root is removed and re-created or replaced.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.Watching.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchModeTest {

    private static final Path ROOT = MutableContentProfile.root(MutableContentProfile.Watching.class);

    @Test
    @Order(1)
    void aNewFileIsServedSoonAfterItIsWritten() throws IOException, InterruptedException {
        Files.createDirectories(ROOT.resolve("new-folder"));
        write(ROOT.resolve("new-folder/watched.md"), "Watched");
        awaitStatus("watched", 200);
        Files.delete(ROOT.resolve("new-folder/watched.md"));
        awaitStatus("watched", 404);
    }

    @Test
    @Order(2)
    void aSteadyStreamOfChangesIsImportedWithinTheMaximumDelay() throws IOException, InterruptedException {
        write(ROOT.resolve("streamed.md"), "Streamed");
        // A change every 50 ms, far less than the 3 s debounce: only the 500 ms maximum delay imports.
        long deadline = System.nanoTime() + 20_000_000_000L;
        int status = 404;
        for (int i = 0; status != 200 && System.nanoTime() < deadline; i++) {
            Files.writeString(ROOT.resolve("noise.txt"), "change " + i, StandardCharsets.UTF_8);
            Thread.sleep(50);
            if (i % 5 == 0) {
                status = given().get("/api/posts/streamed").statusCode();
            }
        }
        if (status != 200) {
            throw new AssertionError("a post written while changes kept coming was not served within 20 s");
        }
    }

    @Test
    @Order(3)
    void aContentRootRemovedAndCreatedAgainIsWatchedAgain() throws IOException, InterruptedException {
        deleteTree(ROOT);
        Files.createDirectories(ROOT);
        write(ROOT.resolve("after-recreate.md"), "After recreate");
        awaitStatus("after-recreate", 200);
        awaitStatus("time-zones", 404);
        // the new folder is watched too
        write(ROOT.resolve("second.md"), "Second");
        awaitStatus("second", 200);
    }

    @Test
    @Order(4)
    void aContentRootReplacedByARenameIsWatchedAgain() throws IOException, InterruptedException {
        Path next = ROOT.resolveSibling(ROOT.getFileName() + ".next");
        Files.createDirectories(next);
        write(next.resolve("swapped-in.md"), "Swapped in");
        Path old = ROOT.resolveSibling(ROOT.getFileName() + ".old");
        Files.move(ROOT, old);
        Files.move(next, ROOT);
        awaitStatus("swapped-in", 200);
        awaitStatus("second", 404);
        write(ROOT.resolve("after-swap.md"), "After swap");
        awaitStatus("after-swap", 200);
        deleteTree(old);
    }

    private static void write(Path file, String title) throws IOException {
        Files.writeString(file, "---\ntitle: " + title + "\ndate: 2025-05-05\n---\nHello.\n", StandardCharsets.UTF_8);
    }

    private static void awaitStatus(String slug, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        int status = -1;
        while (status != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = given().get("/api/posts/" + slug).statusCode();
        }
        if (status != expected) {
            throw new AssertionError(
                    "/api/posts/" + slug + " answered " + status + ", not " + expected + ", after 15 s");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
