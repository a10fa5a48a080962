package io.quire.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.GoldenJson;
import org.junit.jupiter.api.Test;

/** {@code /api/tags} over the fixture content root: counts of published posts only. */
@QuarkusTest
class TagApiTest {

    @Test
    void tagsOfPublishedPostsByCountThenName() {
        GoldenJson.assertMatches(
                "tags.json",
                given().get("/api/tags").then().statusCode(200).extract().asString());
    }

    @Test
    void tagsByName() {
        given().get("/api/tags?sort=name")
                .then()
                .body("slug", contains("c", "culture", "java", "quarkus", "testing", "缓存"));
    }

    @Test
    void oneTag() {
        given().get("/api/tags/quarkus")
                .then()
                .statusCode(200)
                .body("slug", equalTo("quarkus"))
                .body("name", equalTo("Quarkus"))
                .body("count", equalTo(2));
    }

    @Test
    void aTagOnlyOnHiddenPostsIsUnknown() {
        given().get("/api/tags/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void postsOfATagTakeTheListParameters() {
        given().get("/api/tags/java/posts?sort=date&size=2")
                .then()
                .statusCode(200)
                .header("X-Total-Count", "4")
                .body("items.slug", contains("jekyll-style", "bundle-post"))
                .body("totalPages", equalTo(2));
        given().get("/api/tags/java/posts?tag=testing")
                .then()
                .body("items.slug", contains("testing-with-junit", "bundle-post"));
        given().get("/api/tags/nope/posts").then().statusCode(404);
        given().get("/api/tags/java/posts?size=500").then().statusCode(400);
    }

    @Test
    void anUnknownSortIsABadParameter() {
        given().get("/api/tags?sort=popularity")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("must be count or name"));
    }
}
