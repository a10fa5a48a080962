package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentVersion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A serving-only instance ({@code quire.import.on-startup=false}) on a database nothing was imported
 * into yet: it serves an empty index but is not ready, until an import made elsewhere (another
 * instance, the {@code import} command) is in the shared database.
 */
@QuarkusTest
@TestProfile(ServingOnlyTest.ServingOnly.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServingOnlyTest {

    public static class ServingOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quire.import.on-startup", "false",
                    "quire.content.poll-interval", "200ms",
                    // an empty database of its own (on PostgreSQL the suite's database, see below)
                    "quarkus.datasource.jdbc.url",
                            System.getProperty("quarkus.test.profile", "test").contains("pg")
                                    ? System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "")
                                    : "jdbc:h2:mem:quire-serving-only;DB_CLOSE_DELAY=-1");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ContentVersion contentVersion;

    @Test
    @Order(1)
    void notReadyBeforeAnyImport() {
        contentVersion.refresh();
        if (contentVersion.storedVersion() > 0) {
            return; // PostgreSQL: the suite's shared database already holds imports from other tests
        }
        given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        given().get("/api/posts").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    @Order(2)
    void readyOnceTheDatabaseHoldsAnImportMadeElsewhere() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update content_state set version = version + 1 where id = 1")
                        .executeUpdate());
        contentVersion.refresh();
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'content-import' }.data.importedElsewhere", is(true));
    }
}
