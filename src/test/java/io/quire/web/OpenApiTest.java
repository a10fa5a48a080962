package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, with stable operation ids and problem bodies. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointHasAStableOperationId() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.collect { it.value.collect { it.value.operationId } }.flatten()",
                        containsInAnyOrder(
                                "listPosts",
                                "getPost",
                                "listTags",
                                "getTag",
                                "listTagPosts",
                                "runImport",
                                "getLastImport",
                                "searchPosts",
                                "getArchive"));
    }

    @Test
    void listParametersAndProblemResponsesAreDescribed() {
        given().get("/q/openapi?format=json")
                .then()
                .body(
                        "paths.'/api/posts'.get.parameters.name",
                        containsInAnyOrder(
                                "page",
                                "size",
                                "tag",
                                "excludeTag",
                                "featured",
                                "year",
                                "month",
                                "from",
                                "to",
                                "q",
                                "sort",
                                "fields"))
                .body("paths.'/api/posts'.get.responses.'400'.content", hasKey("application/problem+json"))
                .body("components.schemas.PostSummary.additionalProperties", equalTo(true))
                .body("components.schemas.Problem", notNullValue());
    }
}
