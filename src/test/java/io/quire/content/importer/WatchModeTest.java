package io.quire.content.importer;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With watch mode, a new file appears in the API shortly after it is written, with no admin call. */
@QuarkusTest
@TestProfile(MutableContentProfile.Watching.class)
class WatchModeTest {

    @Test
    void aNewFileIsServedSoonAfterItIsWritten() throws IOException, InterruptedException {
        Path root = MutableContentProfile.Watching.ROOT;
        Files.createDirectories(root.resolve("new-folder"));
        Files.writeString(
                root.resolve("new-folder/watched.md"),
                "---\ntitle: Watched\ndate: 2025-05-05\n---\nHello.\n",
                StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = 404;
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = given().get("/api/posts/watched").statusCode();
        }
        if (status != 200) {
            throw new AssertionError("the new post was not served within 10 s");
        }
        Files.delete(root.resolve("new-folder/watched.md"));
        deadline = System.nanoTime() + 10_000_000_000L;
        while (status != 404 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = given().get("/api/posts/watched").statusCode();
        }
        if (status != 404) {
            throw new AssertionError("the deleted post was still served after 10 s");
        }
    }
}
