package io.quire.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentVersion;
import io.quire.support.MutableContentProfile;
import io.quire.support.SuiteProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Last-Modified comes from the files (their modification times, and the publication and expiry
 * dates that have passed), not from when the database was built: a database rebuilt from unchanged
 * files gives every response the same date.
 */
@QuarkusTest
@TestProfile(LastModifiedTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LastModifiedTest {

    static final Instant FILES_WRITTEN = Instant.parse("2026-01-02T03:04:05Z");
    static final String ADMIN = "Bearer dates-admin";

    public static class Profile extends SuiteProfile {

        static final Path ROOT = dated(MutableContentProfile.copyFixture(), FILES_WRITTEN);

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quire.content.dir", ROOT.toString());
            config.put("quire.admin.token", "dates-admin");
            return config;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ContentVersion contentVersion;

    @Test
    @Order(1)
    void aRebuiltDatabaseDatesUnchangedFilesWhenTheyLastChanged() {
        rebuild();
        for (String path : List.of("/api/posts", "/api/tags", "/api/posts/time-zones", "/feed.xml")) {
            assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", given().get(path).header("Last-Modified"), path);
        }
        rebuild();
        assertEquals("Fri, 02 Jan 2026 03:04:05 GMT", given().get("/api/posts").header("Last-Modified"));
    }

    @Test
    @Order(2)
    void anEditIsDatedWhenTheFileWasWritten() throws IOException {
        Path file = Profile.ROOT.resolve("time-zones.md");
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8).replace("Store instants in UTC", "Keep instants in UTC"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));
        importNow();
        assertEquals(
                "Wed, 04 Mar 2026 05:06:07 GMT",
                given().get("/api/posts/time-zones").header("Last-Modified"));
    }

    /** As if the database had been deleted: nothing stored, then an import of the same folder. */
    private void rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of(
                    "post_alias", "post_alias_claim", "post_tag", "post_body", "post_tombstone", "post", "tag")) {
                em.createNativeQuery("DELETE FROM " + table).executeUpdate();
            }
            em.createNativeQuery("UPDATE content_state SET version = 0, database_id = 99")
                    .executeUpdate();
        });
        contentVersion.refresh(); // what a restart on the new database would see
        importNow();
    }

    private static void importNow() {
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
    }

    static Path dated(Path root, Instant when) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setLastModifiedTime(path, FileTime.from(when));
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
