package io.quire.search.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code related} on {@code /api/posts/{key}}. */
@QuarkusTest
class RelatedPostsApiTest {

    private static final Set<String> PUBLIC = Set.of(
            "time-zones",
            "hello-quarkus",
            "testing-with-junit",
            "caching-in-cpp",
            "bundle-post",
            "jekyll-style",
            "no-front-matter");

    @ParameterizedTest
    @ValueSource(strings = {"time-zones", "hello-quarkus", "testing-with-junit", "caching-in-cpp", "bundle-post"})
    void relatedPostsArePublicOtherPostsAtMostFiveAndStable(String slug) {
        List<String> related = related(slug);
        assertTrue(related.size() <= 5, related.toString());
        assertFalse(related.contains(slug), related.toString());
        assertTrue(PUBLIC.containsAll(related), related.toString());
        assertEquals(related, related(slug), "the same list every time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-quarkus", "testing-with-junit"})
    void thePostSharingTheMostTagsComesFirst(String slug) {
        // hello-quarkus (java, Quarkus) and testing-with-junit (java, testing) share one tag each with many posts;
        // bundle-post has both of testing-with-junit's tags.
        List<String> related = related(slug);
        if (slug.equals("testing-with-junit")) {
            assertEquals("bundle-post", related.get(0));
        } else {
            assertTrue(Set.of("time-zones", "testing-with-junit", "bundle-post", "jekyll-style")
                    .contains(related.get(0)));
        }
    }

    private static List<String> related(String slug) {
        return given().get("/api/posts/" + slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("related.slug", String.class);
    }
}
