package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.ContractJson;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
                                "getAsset",
                                "getWebhookLog",
                                "retryWebhookDelivery"));
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
                                "lang",
                                "year",
                                "month",
                                "from",
                                "to",
                                "q",
                                "sort",
                                "fields",
                                "preview"))
                .body("paths.'/api/posts'.get.responses.'400'.content", hasKey("application/problem+json"))
                // Other front matter keys are allowed at the top level: in OpenAPI 3.0, as in JSON Schema, an
                // absent additionalProperties means true. Saying true explicitly makes openapi-generator's
                // Java models extend HashMap and lose every typed property, so the keys are also typed as the
                // frontMatter object.
                .body("components.schemas.PostSummary", not(hasKey("additionalProperties")))
                .body("components.schemas.PostSummary.properties.frontMatter.type", equalTo("object"))
                .body("components.schemas.PostSummary.required", hasItem("frontMatter"))
                .body("components.schemas.Problem", notNullValue());
    }

    @Test
    void feedsOfferOnlyTheParametersTheyAcceptAndSearchRequiresQ() {
        given().get("/q/openapi?format=json")
                .then()
                .body(
                        "paths.'/feed.xml'.get.parameters.name",
                        contains(
                                "page",
                                "size",
                                "tag",
                                "excludeTag",
                                "featured",
                                "lang",
                                "year",
                                "month",
                                "from",
                                "to",
                                "preview"))
                .body("paths.'/atom.xml'.get.parameters.name", not(hasItems("q", "fields", "sort")))
                .body("paths.'/feed.json'.get.parameters.name", not(hasItems("q", "fields", "sort")))
                .body("paths.'/api/search'.get.parameters.find { it.name == 'q' }.required", equalTo(true))
                .body("paths.'/api/posts'.get.parameters.find { it.name == 'q' }.required", nullValue())
                .body(
                        "paths.'/api/tags/{slug}/posts'.get.parameters.name",
                        hasItems("slug", "tag", "q", "fields", "sort", "preview"));
    }

    @Test
    void statusesAreDeclaredWhereTheyHappen() {
        given().get("/q/openapi?format=json")
                .then()
                .body(
                        "paths.'/api/posts/{key}'.get.responses.keySet()",
                        hasItems("200", "301", "304", "400", "401", "404"))
                .body("paths.'/api/posts/{key}'.get.responses.'301'.headers.Location.schema.format", equalTo("uri"))
                .body("paths.'/api/posts/{key}'.get.responses.'301'.headers.Location.required", equalTo(true))
                .body(
                        "paths.'/api/posts'.get.responses.keySet()",
                        hasItems("200", "304", "400", "401", "406", "default"))
                .body("paths.'/api/tags'.get.responses.keySet()", hasItem("401"))
                .body("paths.'/api/sync'.get.responses.keySet()", not(hasItem("401")))
                .body("paths.'/api/sync'.get.responses.keySet()", hasItems("200", "304", "400", "410"))
                .body("paths.'/api/admin/import'.post.responses.keySet()", hasItems("200", "400", "401", "404"))
                .body("paths.'/api/admin/import'.post.responses.keySet()", not(hasItem("304")))
                .body(
                        "paths.'/api/posts'.get.responses.'200'.headers.keySet()",
                        contains("ETag", "Last-Modified", "Cache-Control", "Vary", "Link", "X-Total-Count"))
                .body("components.headers.'X-Total-Count'.schema.type", equalTo("integer"))
                .body("components.headers.Link.schema.type", equalTo("string"))
                .body("components.responses.NotModified.headers.keySet()", hasItem("ETag"))
                .body("paths.'/api/posts'.get.security", hasSize(2))
                .body("paths.'/api/admin/import'.get.security[0].keySet()", contains("adminToken"))
                .body("servers[0].url", equalTo("/"));
    }

    @Test
    void everyOperationParameterAndHeaderIsDescribed() {
        JsonPath document = given().get("/q/openapi?format=json").jsonPath();
        List<String> undescribed = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase(Locale.ROOT) + " " + path;
            if (blank(operation.get("description")) || blank(operation.get("summary"))) {
                undescribed.add(where);
            }
            for (Object parameter : (List<?>) operation.getOrDefault("parameters", List.of())) {
                Map<?, ?> declared = (Map<?, ?>) parameter;
                if (blank(declared.get("description")) || declared.get("schema") == null) {
                    undescribed.add(where + " parameter " + declared.get("name"));
                }
            }
        }));
        Map<String, Map<String, Object>> headers = document.getMap("components.headers");
        headers.forEach((name, header) -> {
            if (blank(header.get("description")) || header.get("schema") == null) {
                undescribed.add("header " + name);
            }
        });
        assertEquals(List.of(), undescribed);
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

    /**
     * The document is also committed, as {@code clients/openapi.json}: clients are generated from that
     * copy in the build (the Java client of the test suite, the TypeScript types), integrators can read
     * API changes in its diff, and this test keeps it equal to what the server serves. After a change
     * to the API, write the new copy with {@code ./mvnw test -Dtest=OpenApiTest -Dopenapi.write}.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        String served =
                ContractJson.pretty(given().get("/q/openapi?format=json").asString());
        if (System.getProperty("openapi.write") != null) {
            Files.writeString(ContractJson.COMMITTED, served);
            return;
        }
        assertEquals(
                Files.readString(ContractJson.COMMITTED),
                served,
                ContractJson.COMMITTED + " is not the served document: after an API change, run"
                        + " ./mvnw test -Dtest=OpenApiTest -Dopenapi.write and commit the file");
    }

    private static boolean blank(Object text) {
        return !(text instanceof String value) || value.isBlank();
    }
}
