package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.store.AdvisoryLock;
import io.quire.content.store.ImportLock;
import io.quire.support.MutableContentProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What an import does when it cannot write: the database refuses (read-only, full disk) or another
 * import holds the lock. Nothing is changed, readiness says so, and it recovers without a restart.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.Hardening.class)
class ImportFaultsTest {

    private static final Path ROOT = MutableContentProfile.root(MutableContentProfile.Hardening.class);
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportLock lock;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void anImportTheDatabaseRefusesChangesNothingTurnsReadinessDownAndIsRetriedUntilStored() throws Exception {
        replace("testing-with-junit.md", "title:", "title: Refused");
        long version = contentVersion();
        // The database refuses to move the content version: the import's transaction fails as it would
        // on a read-only database or a full disk.
        sql("alter table content_state add constraint quire_test_refuse check (version <= " + version + ")");
        try {
            given().header("Authorization", ADMIN)
                    .post("/api/admin/import")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .header("Cache-Control", "no-store")
                    .body("type", equalTo("/problems/import-not-stored"))
                    .body("detail", startsWith("The database refused the import or could not be reached ("));
            given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'content-import' }.data.importsStored", equalTo(false));
            given().get("/api/posts/testing-with-junit")
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Testing with JUnit"));
        } finally {
            sql("alter table content_state drop constraint quire_test_refuse");
        }
        // No request and no restart: the import is tried again by itself.
        awaitReady(Duration.ofSeconds(20));
        given().get("/api/posts/testing-with-junit").then().body("title", startsWith("Refused"));
        replace("testing-with-junit.md", "title: Refused", "title:");
        importNow();
    }

    @Test
    void anAdminImportWaitsForARunningImportThenAnswers409() throws Exception {
        try (ImportLock.Held held = lock.acquire(null).orElseThrow()) {
            given().header("Authorization", ADMIN)
                    .post("/api/admin/import")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("/problems/import-in-progress"))
                    .body("status", equalTo(409))
                    .body("detail", containsString("did not finish within 1 s"));
        }
        importNow();
    }

    @Test
    void onPostgresAnImportOnAnotherInstanceHoldsTheAdvisoryLock() throws Exception {
        assumeTrue(jdbcUrl.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        // Another instance: its own session, holding the lock an import takes.
        try (Connection other = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(" + AdvisoryLock.IMPORT.key() + ")");
            given().header("Authorization", ADMIN)
                    .post("/api/admin/import")
                    .then()
                    .statusCode(409)
                    .body("type", equalTo("/problems/import-in-progress"));
            statement.execute("select pg_advisory_unlock(" + AdvisoryLock.IMPORT.key() + ")");
        }
        importNow();
    }

    @Test
    void aFailedImportAfterItsBodiesWereWrittenServesEveryOldBodyAndTheNextImportLeavesNoOrphans() throws Exception {
        Map<String, String> served = servedBodies();
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(ROOT)) {
            for (Path path : paths.filter(
                            p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .toList()) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                files.put(ROOT.relativize(path).toString(), text);
                Files.writeString(path, text + "\n\nA paragraph every body gets.\n", StandardCharsets.UTF_8);
            }
        }
        long version = contentVersion();
        // Refused at the end of the import's transaction: every changed body was written by then, as new
        // rows outside it.
        sql("alter table content_state add constraint quire_test_refuse check (version <= " + version + ")");
        try {
            given().header("Authorization", ADMIN)
                    .post("/api/admin/import")
                    .then()
                    .statusCode(503);
            assertTrue(
                    orphansSeenWithin(Duration.ofSeconds(10)), "the new bodies were written before the import failed");
            assertEquals(version, contentVersion());
            assertEquals(served, servedBodies());
        } finally {
            sql("alter table content_state drop constraint quire_test_refuse");
        }
        awaitReady(Duration.ofSeconds(20)); // the retry stored it, and swept
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(ROOT.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        importNow();
        assertEquals(served, servedBodies());
        assertEquals(0, count(ORPHANS));
        assertEquals(0, count("select count(*) from post_body_pending"));
        assertEquals(count("select count(*) from post"), count("select count(*) from post_body"));
    }

    /**
     * Whether body rows no post points at are seen. Polled: the failed import is retried every few hundred
     * ms, and each retry first deletes the orphans of the last one, then writes its own again, so a single
     * look can fall between the two.
     */
    private boolean orphansSeenWithin(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(ORPHANS) > 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Body rows no post points at. */
    private static final String ORPHANS =
            "select count(*) from post_body b where not exists (select 1 from post p where p.body_id = b.id)";

    /** The HTML of every post as the API serves it, by slug (drafts included: the preview reads them too). */
    private Map<String, String> servedBodies() throws SQLException {
        Map<String, String> bodies = new TreeMap<>();
        for (String slug : strings("select slug from post where draft = false and lang = 'en'")) {
            int status = given().get("/api/posts/" + slug).statusCode();
            bodies.put(
                    slug,
                    status == 200 ? given().get("/api/posts/" + slug).jsonPath().getString("html") : "HTTP " + status);
        }
        return bodies;
    }

    private List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private long count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void importNow() {
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
    }

    private static void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath health = given().get("/q/health/ready").jsonPath();
            if ("UP".equals(health.getString("status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready again within " + timeout);
    }

    private long contentVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select version from content_state")) {
            result.next();
            return result.getLong(1);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static void replace(String file, String from, String to) throws IOException {
        Path path = ROOT.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertEquals(true, text.contains(from), file + " does not contain " + from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
