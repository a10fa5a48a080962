package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.ContentVersion;
import io.quire.support.SuiteProfile;
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

    public static class ServingOnly extends SuiteProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the boot's database is its own (a new in-memory one on H2; on PostgreSQL the suite's, see below)
            return Map.of("quire.import.on-startup", "false", "quire.content.poll-interval", "200ms");
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
