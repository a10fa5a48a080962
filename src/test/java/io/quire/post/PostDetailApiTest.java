package io.quire.post;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.GoldenJson;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /api/posts/{key}} over the fixture content root. */
@QuarkusTest
class PostDetailApiTest {

    @Test
    void aPostBySlugHasItsHtmlTocNeighboursAndFrontMatter() {
        GoldenJson.assertMatches(
                "post-time-zones.json",
                given().get("/api/posts/time-zones")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void theSamePostById() {
        GoldenJson.assertMatches(
                "post-time-zones.json",
                given().get("/api/posts/3").then().statusCode(200).extract().asString());
    }

    @Test
    void markdownOnlyWhenAskedFor() {
        GoldenJson.assertMatches(
                "post-bundle-markdown.json",
                given().get("/api/posts/bundle-post?include=markdown").asString());
        given().get("/api/posts/bundle-post").then().body("$", not(org.hamcrest.Matchers.hasKey("markdown")));
    }

    @Test
    void scriptVectorsAreSanitisedAway() {
        String body = given().get("/api/posts/no-front-matter")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        GoldenJson.assertMatches("post-no-front-matter.json", body);
        given().get("/api/posts/no-front-matter")
                .then()
                .body("html", not(containsString("<script")))
                .body("html", not(containsString("onerror")))
                .body("html", not(containsString("javascript:")));
    }

    @Test
    void anAliasRedirectsPermanentlyToTheCanonicalUrlKeepingTheQuery() {
        given().redirects()
                .follow(false)
                .get("/api/posts/old-hello?include=markdown")
                .then()
                .statusCode(301)
                .header(
                        "Location",
                        equalTo("http://localhost:" + RestAssured.port + "/api/posts/hello-quarkus?include=markdown"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft-post", "unpublished", "future-post", "expired-notice", "some-draft", "8", "10"})
    void hiddenPostsAreNotFound(String key) {
        given().get("/api/posts/" + key)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No published post has the slug or id '" + key + "'."))
                .body("instance", equalTo("/api/posts/" + key));
    }

    @Test
    void anUnknownIncludeIsABadParameter() {
        given().get("/api/posts/time-zones?include=comments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("include"));
    }
}
