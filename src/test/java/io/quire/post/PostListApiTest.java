package io.quire.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.GoldenJson;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/posts} over the fixture content root (src/test/resources/content/site). */
@QuarkusTest
class PostListApiTest {

    @Test
    void listsPublishedPostsNewestFirstWithTheFullSummary() {
        String body = given().get("/api/posts")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", "7")
                .extract()
                .asString();
        GoldenJson.assertMatches("posts-default.json", body);
    }

    @Test
    void summaryFieldsComeInTheReferenceOrderThenFrontMatterKeysInFileOrder() {
        String first = given().get("/api/posts?size=1").asString();
        assertEquals(
                "{\"id\":3,\"slug\":\"time-zones\",\"title\":\"Time Zones Are Hard\",\"excerpt\":\"Store instants in UTC"
                        + " and convert at the edges. This post was published at 14:32 in a UTC+2 zone, which is 12:32"
                        + " UTC.\",\"date\":\"2025-02-28T14:32:00+02:00\",\"readTime\":\"1 min\",\"tags\":[\"Quarkus\","
                        + "\"testing\"],\"featured\":false,\"updated\":null,\"readingMinutes\":1,\"wordCount\":46,"
                        + "\"frontMatter\":{\"author\":\"Dana Kim\",\"series\":{\"name\":\"Time 101\",\"part\":2},"
                        + "\"views\":1200,\"rating\":4.5,\"reviewed\":true,\"editor\":null},"
                        + "\"author\":\"Dana Kim\",\"series\":{\"name\":\"Time 101\",\"part\":2},\"views\":1200,"
                        + "\"rating\":4.5,\"reviewed\":true,\"editor\":null}",
                first.substring(first.indexOf('[') + 1, first.indexOf("],\"page\"")));
    }

    @Test
    void anUnknownTagGivesAnEmptyPage() {
        assertEquals(
                "{\"items\":[],\"page\":1,\"size\":1,\"totalItems\":0,\"totalPages\":0}",
                given().get("/api/posts?tag=no-such-tag&size=1").asString());
    }

    @Test
    void pagesAreSlicesOfTheSameOrderWithLinkHeaders() {
        Response response = given().get("/api/posts?page=2&size=3");
        response.then().statusCode(200).header("X-Total-Count", "7");
        GoldenJson.assertMatches("posts-page2-size3.json", response.asString());
        String base = "http://localhost:" + RestAssured.port + "/api/posts?";
        assertEquals(
                List.of(
                        "<" + base + "size=3&page=1>; rel=\"first\"",
                        "<" + base + "size=3&page=1>; rel=\"prev\"",
                        "<" + base + "size=3&page=3>; rel=\"next\"",
                        "<" + base + "size=3&page=3>; rel=\"last\""),
                response.headers().getValues("Link"));
    }

    @Test
    void aPagePastTheEndIsEmptyNotAnError() {
        given().get("/api/posts?page=99")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(99))
                .body("totalItems", equalTo(7))
                .body("totalPages", equalTo(1));
    }

    @Test
    void sameDateIsOrderedBySlugInBothDirections() {
        given().get("/api/posts?year=2025&month=1")
                .then()
                .body("items.slug", contains("hello-quarkus", "testing-with-junit"));
        given().get("/api/posts?year=2025&month=1&sort=date")
                .then()
                .body("items.slug", contains("hello-quarkus", "testing-with-junit"));
    }

    @Test
    void everySortKeepsUndatedPostsLastAndBreaksTiesBySlug() {
        given().get("/api/posts?sort=date")
                .then()
                .body(
                        "items.slug",
                        contains(
                                "jekyll-style",
                                "bundle-post",
                                "caching-in-cpp",
                                "hello-quarkus",
                                "testing-with-junit",
                                "time-zones",
                                "no-front-matter"));
        given().get("/api/posts?sort=title")
                .then()
                .body(
                        "items.title",
                        contains(
                                "A Hugo Page Bundle",
                                "A Jekyll-Style Post",
                                "Caching in C++",
                                "Hello, Quarkus",
                                "Notes Without Front Matter",
                                "Testing with JUnit",
                                "Time Zones Are Hard"));
        given().get("/api/posts?sort=-title")
                .then()
                .body("items.slug[0]", equalTo("time-zones"))
                .body("items.slug[6]", equalTo("bundle-post"));
        given().get("/api/posts?sort=-updated")
                .then()
                .body(
                        "items.slug",
                        contains(
                                "time-zones",
                                "hello-quarkus",
                                "testing-with-junit",
                                "caching-in-cpp",
                                "bundle-post",
                                "jekyll-style",
                                "no-front-matter"));
    }

    @Test
    void tagsCombineWithAndMatchingSlugOrNameIgnoringCase() {
        GoldenJson.assertMatches(
                "posts-tag-and.json",
                given().get("/api/posts?tag=java&tag=TESTING").asString());
        for (String tag : List.of("C++", "c", "c++", "缓存")) {
            given().queryParam("tag", tag).get("/api/posts").then().body("items.slug", contains("caching-in-cpp"));
        }
        given().get("/api/posts?tag=java&tag=unknown").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void excludeTagDropsPostsHavingAnyOfThem() {
        given().get("/api/posts?excludeTag=java")
                .then()
                .body("items.slug", contains("time-zones", "caching-in-cpp", "no-front-matter"));
        given().get("/api/posts?excludeTag=java&excludeTag=quarkus")
                .then()
                .body("items.slug", contains("caching-in-cpp", "no-front-matter"));
    }

    @Test
    void featuredYearMonthAndDateRangeFilter() {
        given().get("/api/posts?featured=true").then().body("items.slug", contains("hello-quarkus"));
        given().get("/api/posts?featured=false").then().body("totalItems", equalTo(6));
        given().get("/api/posts?year=2024")
                .then()
                .body("items.slug", contains("caching-in-cpp", "bundle-post", "jekyll-style"));
        given().get("/api/posts?from=2024-08-20&to=2025-01-15")
                .then()
                .body("items.slug", contains("hello-quarkus", "testing-with-junit", "caching-in-cpp", "bundle-post"));
        // 2025-02-28T14:32:00+02:00 is 12:32 UTC on the 28th.
        given().get("/api/posts?from=2025-02-28&to=2025-02-28").then().body("items.slug", contains("time-zones"));
    }

    @Test
    void fieldsSelectsSummaryFieldsAndFrontMatterKeys() {
        GoldenJson.assertMatches(
                "posts-fields.json",
                given().get("/api/posts?fields=slug,series,tags").asString());
    }

    @Test
    void fieldsCanSelectTheFrontMatterObject() {
        given().get("/api/posts?fields=slug,frontMatter&size=2")
                .then()
                .statusCode(200)
                .body("items[0].keySet()", contains("slug", "frontMatter"))
                .body("items[0].frontMatter.author", equalTo("Dana Kim"))
                .body("items[0].frontMatter.series.part", equalTo(2))
                .body("items[1].frontMatter", equalTo(Map.of("aliases", List.of("old-hello"))));
    }

    @Test
    void draftsScheduledAndExpiredPostsAreNeverListed() {
        given().get("/api/posts?size=100")
                .then()
                .body(
                        "items.slug",
                        contains(
                                "time-zones",
                                "hello-quarkus",
                                "testing-with-junit",
                                "caching-in-cpp",
                                "bundle-post",
                                "jekyll-style",
                                "no-front-matter"));
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        given().head("/api/posts?size=2")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "7")
                .body(equalTo(""));
    }

    @Test
    void crossOriginReadsAreAllowedAndExposeThePagingHeaders() {
        given().header("Origin", "https://app.example")
                .get("/api/posts")
                .then()
                .statusCode(200)
                .header(
                        "Access-Control-Allow-Origin",
                        org.hamcrest.Matchers.anyOf(equalTo("*"), equalTo("https://app.example")))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Total-Count"))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("Link"));
    }
}
