package io.quire.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.ReplicaProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A read replica that cannot be reached (nothing listens on its port): every read is answered from the
 * primary, and the instance is ready, its replica check saying it is degraded. PostgreSQL build only
 * (the H2 build has no replica datasource).
 */
@QuarkusTest
@TestProfile(ReplicaDownTest.UnreachableReplica.class)
@EnabledIfSystemProperty(named = "quarkus.test.profile", matches = ".*pg.*")
class ReplicaDownTest {

    public static class UnreachableReplica extends ReplicaProfile {

        @Override
        protected String replicaUrl() {
            return "jdbc:postgresql://127.0.0.1:" + closedPort() + "/quire";
        }

        @Override
        protected Map<String, String> replicaSettings() {
            return Map.of("quire.replica.retry-after", "200ms");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort(); // free, and closed again when the test runs
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Inject
    ReadReplica replica;

    @Test
    void everyReadIsAnsweredFromThePrimary() throws InterruptedException {
        assertTrue(replica.configured());
        for (int round = 0; round < 2; round++) {
            String host = "round" + round + ".example"; // not in the response cache (its key has the host)
            given().header("Host", host)
                    .get("/api/posts?size=3")
                    .then()
                    .statusCode(200)
                    .body("items.size()", is(3));
            given().header("Host", host)
                    .get("/api/posts/hello-quarkus")
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Hello, Quarkus"));
            given().header("Host", host).get("/api/search?q=quarkus").then().statusCode(200);
            given().header("Host", host).get("/api/tags").then().statusCode(200);
            given().header("Host", host).get("/api/archive").then().statusCode(200);
            given().header("Host", host).get("/api/sync").then().statusCode(200);
            Thread.sleep(250); // past quire.replica.retry-after: the replica is tried again, and fails again
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (replica.counts().failures() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(replica.counts().failures() >= 2, "tried again after retry-after: " + replica.counts());
        assertTrue(replica.counts().replica() == 0, "nothing read from the replica: " + replica.counts());
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'read-replica' }.status", is("UP"))
                .body("checks.find { it.name == 'read-replica' }.data.degraded", is(true));
    }
}
