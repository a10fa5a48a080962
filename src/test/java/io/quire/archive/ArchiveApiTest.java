package io.quire.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/archive} over the fixture content root. */
@QuarkusTest
class ArchiveApiTest {

    @Test
    void monthsOfPublishedDatedPostsNewestFirst() {
        String body = given().get("/api/archive")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        // Not counted: the undated post, drafts (2025-03, 2025-04), the scheduled post (2099-01) and the expired
        // notice (2019-12).
        assertEquals(
                "[{\"year\":2025,\"month\":2,\"count\":1},{\"year\":2025,\"month\":1,\"count\":2},"
                        + "{\"year\":2024,\"month\":11,\"count\":1},{\"year\":2024,\"month\":8,\"count\":1},"
                        + "{\"year\":2024,\"month\":5,\"count\":1}]",
                body);
    }

    @Test
    void documentedWithItsOperationId() {
        given().get("/q/openapi?format=json")
                .then()
                .body("paths.'/api/archive'.get.operationId", equalTo("getArchive"))
                .body("components.schemas.ArchiveMonth.properties.month.type", equalTo("integer"));
    }
}
