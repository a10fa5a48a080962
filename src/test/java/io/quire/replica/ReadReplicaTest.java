package io.quire.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentVersion;
import io.quire.support.MutableContentProfile;
import io.quire.support.ReplicaProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Reads on a real PostgreSQL streaming replica (a hot standby made by {@code pg_basebackup -R} of the
 * suite's database, started by {@code .ci/run}; its URL in {@code QUIRE_TEST_REPLICA_JDBC_URL}). The
 * replica's replay is paused to make it lag behind the primary on demand.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfEnvironmentVariable(named = "QUIRE_TEST_REPLICA_JDBC_URL", matches = "jdbc:postgresql:.+")
class ReadReplicaTest {

    static final String REPLICA_URL = System.getenv("QUIRE_TEST_REPLICA_JDBC_URL");
    static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    public static class WithReplica extends ReplicaProfile {

        @Override
        protected String replicaUrl() {
            return REPLICA_URL;
        }

        @Override
        protected Map<String, String> replicaSettings() {
            return Map.of("quire.replica.catch-up-wait", "300ms");
        }
    }

    @Inject
    ReadReplica replica;

    @Inject
    ContentVersion contentVersion;

    @Inject
    AgroalDataSource primary;

    @AfterAll
    static void resumeReplay() throws SQLException {
        onReplica("select pg_wal_replay_resume()");
    }

    @Test
    @Order(1)
    void readsGoToTheReplicaOnceItHasTheVersionServed() throws Exception {
        assertTrue(replica.configured());
        awaitReplicaAt(servedVersion());
        long before = replica.counts().replica();
        given().get("/api/posts?size=3").then().statusCode(200).body("items.size()", is(3));
        given().get("/api/posts/hello-quarkus").then().statusCode(200).body("title", equalTo("Hello, Quarkus"));
        given().get("/api/search?q=quarkus").then().statusCode(200);
        given().get("/api/tags").then().statusCode(200);
        given().get("/api/sync").then().statusCode(200);
        assertTrue(replica.counts().replica() >= before + 5, "five reads on the replica: " + replica.counts());
    }

    @Test
    @Order(2)
    void aReadOfTheVersionServedComesFromTheReplica() throws Exception {
        // Proof that the bytes come from the replica: with its replay paused, a row changed on the primary
        // without a new content version is still the old one there, and that is what the API answers.
        onReplica("select pg_wal_replay_pause()");
        try (Connection connection = primary.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "update post set title = 'Changed on the primary' where slug = 'testing-with-junit'");
        }
        try {
            given().get("/api/posts/testing-with-junit")
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Testing with JUnit"));
        } finally {
            try (Connection connection = primary.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate(
                        "update post set title = 'Testing with JUnit' where slug = 'testing-with-junit'");
            }
        }
    }

    @Test
    @Order(3)
    void aReplicaBehindTheVersionServedIsNotRead() throws Exception {
        // replay still paused: an import here makes a version the replica does not have
        Path post = MutableContentProfile.root(WithReplica.class).resolve("hello-quarkus.md");
        Files.writeString(post, Files.readString(post).replace("title: \"Hello, Quarkus\"", "title: \"Hello again\""));
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
        long served = servedVersion();
        assertTrue(replicaVersion() < served, "the replica is behind");
        long behind = replica.counts().primaryBehind();

        String etag = given().get("/api/posts/hello-quarkus")
                .then()
                .statusCode(200)
                .body("title", equalTo("Hello again"))
                .extract()
                .header("ETag");
        given().get("/api/posts?size=50")
                .then()
                .statusCode(200)
                .body("items.find { it.slug == 'hello-quarkus' }.title", equalTo("Hello again"));
        given().get("/api/search?q=again").then().statusCode(200).body("items[0].post.slug", equalTo("hello-quarkus"));
        assertTrue(replica.counts().primaryBehind() > behind, "read from the primary: " + replica.counts());

        // caught up: the same answer, with the same ETag, now from the replica
        onReplica("select pg_wal_replay_resume()");
        awaitReplicaAt(served);
        long onReplica = replica.counts().replica();
        // another Host: not in the response cache (its key has the host), the same bytes (the site's base URL)
        given().header("Host", "replica.example")
                .get("/api/posts/hello-quarkus")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("title", equalTo("Hello again"));
        assertTrue(replica.counts().replica() > onReplica, "read from the replica again: " + replica.counts());
    }

    @Test
    @Order(4)
    void healthShowsTheReplica() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'read-replica' }.status", is("UP"))
                .body("checks.find { it.name == 'read-replica' }.data.degraded", is(false));
    }

    private long servedVersion() {
        contentVersion.refresh();
        return contentVersion.storedVersion();
    }

    private static void awaitReplicaAt(long version) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (replicaVersion() < version) {
            assertTrue(System.nanoTime() < deadline, "the replica replays version " + version + " within 20 s");
            Thread.sleep(20);
        }
    }

    private static long replicaVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection(REPLICA_URL, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version from content_state where id = 1")) {
            assertTrue(row.next());
            return row.getLong(1);
        }
    }

    private static void onReplica(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(REPLICA_URL, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
