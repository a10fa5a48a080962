package io.quire.cdn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a CDN reads on each response: surrogate keys, stale-if-error, and errors it must not keep. */
@QuarkusTest
class CdnHeadersTest {

    @Test
    void listsDependOnEveryPost() {
        given().get("/api/posts")
                .then()
                .statusCode(200)
                .header("Surrogate-Key", "quire posts")
                .header("Cache-Tag", "quire,posts")
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
        given().get("/api/tags").then().header("Surrogate-Key", "quire posts");
        given().get("/feed.xml").then().header("Surrogate-Key", "quire posts");
    }

    @Test
    void aTagsResponsesNameTheTag() {
        given().get("/api/tags/java/posts").then().statusCode(200).header("Surrogate-Key", "quire posts tag-java");
        given().get("/api/tags/java").then().statusCode(200).header("Cache-Tag", "quire,posts,tag-java");
    }

    @Test
    void aPostNamesItselfAndThePostsItShowsButNotEveryPost() {
        Response first = given().get("/api/posts/hello-quarkus");
        Response cached = given().get("/api/posts/hello-quarkus");
        for (Response response : List.of(first, cached)) {
            response.then().statusCode(200);
            List<String> keys = Arrays.asList(response.header("Surrogate-Key").split(" "));
            assertEquals("quire", keys.get(0));
            assertEquals("post-2", keys.get(1), "the post itself comes first");
            assertTrue(keys.contains("post-1"), "its next post, testing-with-junit: " + keys);
            assertFalse(keys.contains("posts"), keys.toString());
            assertEquals(String.join(",", keys), response.header("Cache-Tag"));
        }
        assertEquals(first.header("Surrogate-Key"), cached.header("Surrogate-Key"), "the cached copy keeps them");
    }

    @Test
    void aMissingPostMayBePublishedByTheNextImport() {
        given().get("/api/posts/not-yet-written")
                .then()
                .statusCode(404)
                .header("Cache-Control", "public, max-age=60")
                .header("Surrogate-Key", "quire posts");
    }

    @Test
    void otherErrorsAreNeverKept() {
        given().get("/api/posts?size=1000")
                .then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .header("Surrogate-Key", nullValue());
    }

    @Test
    void personalResponsesHaveNoKeys() {
        given().header("Authorization", "Bearer test-admin-token")
                .get("/api/admin/import")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Surrogate-Key", nullValue());
        given().get("/api/posts?preview=wrong")
                .then()
                .header("Surrogate-Key", nullValue())
                .header("Cache-Control", not(containsString("public")));
    }

    @Test
    void withoutACdnMaxAgeCdnsFollowCacheControl() {
        given().get("/api/posts")
                .then()
                .header("Surrogate-Control", nullValue())
                .header("CDN-Cache-Control", nullValue())
                .header("Vary", equalTo("Accept-Encoding, Origin"));
    }
}
