package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
                                "syncPosts",
                                "rssFeed",
                                "atomFeed",
                                "jsonFeed",
                                "sitemap",
                                "robots",
                                "searchPosts",
                                "getArchive",
                                "getAssetVersion",
                                "getAsset"));
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
                                "fields",
                                "preview"))
                .body("paths.'/api/posts'.get.responses.'400'.content", hasKey("application/problem+json"))
                .body("components.schemas.PostSummary.additionalProperties", equalTo(true))
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void feedsAndSitemapSayTheirMediaTypesAndTakeTheListParameters() {
        given().get("/q/openapi?format=json")
                .then()
                .body("paths.'/feed.xml'.get.responses.'200'.content", hasKey("application/rss+xml"))
                .body("paths.'/atom.xml'.get.responses.'200'.content", hasKey("application/atom+xml"))
                .body("paths.'/feed.json'.get.responses.'200'.content", hasKey("application/feed+json"))
                .body("paths.'/sitemap.xml'.get.responses.'200'.content", hasKey("application/xml"))
                .body("paths.'/robots.txt'.get.responses.'200'.content", hasKey("text/plain"))
                .body("paths.'/feed.xml'.get.responses.'400'.content", hasKey("application/problem+json"))
                .body("paths.'/atom.xml'.get.parameters.name", hasItem("tag"))
                .body("paths.'/feed.json'.get.parameters.name", hasItem("excludeTag"));
    }
}
