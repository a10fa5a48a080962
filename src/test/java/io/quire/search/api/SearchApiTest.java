package io.quire.search.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/search} and {@code q} on {@code /api/posts}, over the fixture content root. */
@QuarkusTest
class SearchApiTest {

    @Test
    void hitsAreRankedWithScoresHighlightsAndFacets() {
        Response response = given().get("/api/search?q=quarkus");
        response.then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", "2")
                // In title, tags, excerpt and body first; only in the tags after (the scheduled post is not public).
                .body("items.post.slug", contains("hello-quarkus", "time-zones"))
                .body("page", equalTo(1))
                .body("size", equalTo(20))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(1))
                .body("items[0].highlights.title", equalTo("Hello, <mark>Quarkus</mark>"))
                .body(
                        "items[0].highlights.excerpt",
                        equalTo("A first look at <mark>Quarkus</mark> from a Java developer&#39;s point of view."))
                .body(
                        "items[0].highlights.body",
                        equalTo("<mark>Quarkus</mark> starts fast and uses little memory, which makes it a good fit for"
                                + " small services."))
                .body("items[1].highlights", equalTo(Map.of()))
                .body("facets.tags.slug", contains("quarkus", "java", "testing"))
                .body("facets.tags.name", contains("Quarkus", "java", "testing"))
                .body("facets.tags.count", contains(2, 1, 1));
        JsonPath json = response.jsonPath();
        float first = json.getFloat("items[0].score");
        float second = json.getFloat("items[1].score");
        assertTrue(first > second && second > 0, first + " then " + second);
        // The post is the same summary as in post lists, front matter keys included.
        assertEquals("Dana Kim", json.getString("items[1].post.author"));
        assertEquals(3, json.getInt("items[1].post.id"));
    }

    @Test
    void typosPrefixesAndPhrases() {
        // One letter off: matches the word everywhere it occurs, time-zones' tag included.
        assertEquals(List.of("hello-quarkus", "time-zones"), slugs("quarkos"));
        assertEquals(List.of("testing-with-junit"), slugs("behavior")); // 8 letters: "behaviour" is 1 edit away
        assertEquals(List.of("hello-quarkus", "time-zones"), slugs("quark*"));
        assertEquals(List.of("hello-quarkus"), slugs("\"starts fast\""));
        assertEquals(List.of(), slugs("\"fast starts\""));
        assertEquals(List.of("time-zones"), slugs("daylight saving"));
        assertEquals(List.of("hello-quarkus", "testing-with-junit", "time-zones"), sorted(slugs("junit | quarkus")));
    }

    @Test
    void chineseTextAndTagsAreFound() {
        assertEquals(List.of("caching-in-cpp"), slugs("缓存"));
        assertEquals(List.of("caching-in-cpp"), slugs("mutex"));
    }

    @Test
    void draftsScheduledAndExpiredPostsAreNeverFound() {
        // Words only the hidden posts have: the draft, the unpublished post, the scheduled one, the expired
        // notice, the _drafts/ post and the file in a dot-folder.
        for (String q : List.of("draft", "preview", "2099", "maintenance", "Jekyll treats them", "hidden folder")) {
            given().queryParam("q", q)
                    .get("/api/search")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0));
        }
    }

    @Test
    void highlightsAreEscapedTextWithOnlyMarkTags() {
        Response response = given().get("/api/search?q=script | link | sanitising | notes");
        response.then().statusCode(200).body("items.post.slug", contains("no-front-matter"));
        Map<String, String> highlights = response.jsonPath().getMap("items[0].highlights");
        assertEquals("<mark>Notes</mark> Without Front Matter", highlights.get("title"));
        assertFalse(highlights.isEmpty());
        for (String snippet : highlights.values()) {
            String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), snippet);
            assertFalse(snippet.contains("alert"), "the sanitised-away script is not searchable text: " + snippet);
        }
    }

    @Test
    void filtersPagingAndLinksWorkAsOnPostLists() {
        given().get("/api/search?q=java | testing&tag=testing&excludeTag=quarkus")
                .then()
                .statusCode(200)
                .body("items.post.slug", contains("testing-with-junit", "bundle-post"))
                .body("facets.tags.slug", contains("java", "testing"));
        Response page = given().get("/api/search?q=java&size=1&page=2");
        page.then().statusCode(200).header("X-Total-Count", "4").body("items", org.hamcrest.Matchers.hasSize(1));
        String base = "http://localhost:" + RestAssured.port + "/api/search?";
        assertEquals(
                List.of(
                        "<" + base + "q=java&size=1&page=1>; rel=\"first\"",
                        "<" + base + "q=java&size=1&page=1>; rel=\"prev\"",
                        "<" + base + "q=java&size=1&page=3>; rel=\"next\"",
                        "<" + base + "q=java&size=1&page=4>; rel=\"last\""),
                page.headers().getValues("Link"));
        given().get("/api/search?q=java&page=99")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(4))
                .body("facets.tags.slug", contains("java", "testing", "culture", "quarkus"));
        given().get("/api/search?q=java&featured=true&year=2025&month=1")
                .then()
                .body("items.post.slug", contains("hello-quarkus"));
    }

    @Test
    void fieldsAndAnExplicitSortApplyToTheHits() {
        given().get("/api/search?q=java&fields=slug,title&sort=title")
                .then()
                .statusCode(200)
                .body("items[0].post", equalTo(Map.of("slug", "bundle-post", "title", "A Hugo Page Bundle")))
                .body(
                        "items.post.slug",
                        contains("bundle-post", "jekyll-style", "hello-quarkus", "testing-with-junit"));
    }

    @Test
    void stopWordsOrPunctuationOnlyIsAnEmptyResult() {
        for (String q : List.of("the", "the of and", "!!!", "*", "\"\"", "-")) {
            given().queryParam("q", q)
                    .get("/api/search")
                    .then()
                    .statusCode(200)
                    .body("items", empty())
                    .body("totalItems", equalTo(0))
                    .body("facets.tags", empty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingOrBlankQueryIsAProblemNamingQ(String q) {
        given().queryParam("q", q)
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("q"))
                .body("errors[0].message", equalTo("is required: the text to search for"));
        given().get("/api/search").then().statusCode(400).body("errors.field", contains("q"));
    }

    @Test
    void otherBadParametersAreReportedWithIt() {
        given().get("/api/search?size=1000").then().statusCode(400).body("errors.field", contains("q", "size"));
        given().get("/api/search?q=java&sort=relevance").then().statusCode(400).body("errors.field", contains("sort"));
    }

    @Test
    void aQueryTooBigToRunIsAProblemNamingQ() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            q.appendCodePoint(0x4E00 + i);
        }
        given().queryParam("q", q.toString())
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", startsWith("is too long or complex to search for"));
    }

    static Stream<String> hostileQueries() {
        return Stream.of(
                "\"unclosed",
                "((((",
                "))))",
                "a)b(c",
                "+",
                "|",
                "-",
                "~",
                "\\",
                "*",
                "**",
                "java~99999999999",
                "\"java quarkus\"~-5",
                "java^2",
                "title:java",
                "[1 TO 5]",
                "{}",
                "'; DROP TABLE post; --",
                "%",
                "_",
                "😀",
                "\u0000",
                "<script>alert(1)</script>",
                "x".repeat(500),
                "(".repeat(250),
                "java ".repeat(100));
    }

    @ParameterizedTest(name = "q={0}")
    @MethodSource("hostileQueries")
    void noQueryIsAServerError(String q) {
        for (String path : List.of("/api/search", "/api/posts")) {
            given().queryParam("q", q)
                    .get(path)
                    .then()
                    .statusCode(anyOf(is(200), is(400)))
                    .contentType(anyOf(startsWith("application/json"), startsWith("application/problem+json")))
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void postListsUseTheIndexForQOrderedByRelevanceUnlessSorted() {
        given().get("/api/posts?q=quarkus")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.slug", contains("hello-quarkus", "time-zones"))
                // The post list shape, not the search shape.
                .body("items[0].title", equalTo("Hello, Quarkus"));
        given().get("/api/posts?q=quarkus&sort=-date")
                .then()
                .body("items.slug", contains("time-zones", "hello-quarkus"));
        given().get("/api/posts?q=quarkos").then().body("items.slug", contains("hello-quarkus", "time-zones"));
        given().get("/api/posts?q=the").then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/api/tags/testing/posts?q=java&sort=date")
                .then()
                .body("items.slug", contains("bundle-post", "testing-with-junit"));
    }

    @Test
    void theSearchEndpointIsInTheOpenApiDocument() {
        JsonPath openApi = given().get("/q/openapi?format=json")
                .then()
                .body("paths.'/api/search'.get.operationId", equalTo("searchPosts"))
                .body(
                        "paths.'/api/search'.get.responses.'400'.content",
                        org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body("paths.'/api/search'.get.parameters.name", org.hamcrest.Matchers.hasItem("q"))
                .body(
                        "components.schemas.SearchPage.properties.keySet()",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "items", "page", "size", "totalItems", "totalPages", "facets"))
                .body(
                        "components.schemas.SearchHit.properties.keySet()",
                        org.hamcrest.Matchers.containsInAnyOrder("post", "score", "highlights"))
                .body("components.schemas.PostDetail.properties", org.hamcrest.Matchers.hasKey("related"))
                .extract()
                .jsonPath();
        assertEquals(
                "#/components/schemas/PostSummary",
                openApi.getMap("components.schemas.SearchHit.properties.post").get("$ref"));
    }

    private static List<String> slugs(String q) {
        return given().queryParam("q", q)
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.post.slug", String.class);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
