package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import io.quire.support.SuiteProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One visibility behaviour per endpoint (the table in docs/api.md), probed with every way the
 * server accepts the preview token: each such request, and each 401, is {@code no-store} and never
 * reaches the response cache, so a public client is never served a draft afterwards.
 */
@QuarkusTest
@TestProfile(PreviewPerEndpointTest.Profile.class)
class PreviewPerEndpointTest {

    static final String TOKEN = "preview-secret";

    /** The fixture plus a draft whose tag and words no published post has. */
    public static class Profile extends SuiteProfile {

        static final Path ROOT = withDraftOnlyTag(MutableContentProfile.copyFixture());

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quire.content.dir", ROOT.toString());
            config.put("quire.preview.token", TOKEN);
            return config;
        }

        private static Path withDraftOnlyTag(Path root) {
            try {
                Files.writeString(
                        root.resolve("secret-plan.md"),
                        "---\ntitle: Secret Plan\ndate: 2023-06-15\ntags: [embargoed]\ndraft: true\n---\n"
                                + "The zanzibar launch is still under embargo.\n",
                        StandardCharsets.UTF_8);
                return root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Every spelling of the query parameter that the server reads as {@code preview}; after another
     * parameter, {@code _} (the cache-buster every endpoint takes), as any other unknown one is a 400.
     */
    static final List<String> SPELLINGS =
            List.of("preview=", "Preview=", "PREVIEW=", "%70review=", "pre%76iew=", "_=1;preview=", "_=1&%50REVIEW=");

    @Test
    void everySpellingOfTheTokenIsAPreviewThatNoCacheKeeps() {
        for (String spelling : SPELLINGS) {
            String path = "/api/posts/secret-plan?" + spelling + TOKEN;
            raw().get(path)
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body("slug", equalTo("secret-plan"));
            raw().get(path).then().statusCode(200).header("Cache-Control", "no-store");
        }
        given().header("Authorization", "bearer " + TOKEN)
                .get("/api/posts/secret-plan")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        given().get("/api/posts/secret-plan").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/posts",
                "/api/posts/secret-plan",
                "/api/tags",
                "/api/tags/java",
                "/api/tags/java/posts",
                "/api/search?q=java",
                "/api/archive",
                "/api/sync",
                "/feed.xml",
                "/feed.json",
                "/sitemap.xml"
            })
    void aWrongTokenIsANoStore401OnEveryEndpointWhateverItsSpelling(String path) {
        for (String spelling : SPELLINGS) {
            String url = path + (path.contains("?") ? "&" : "?") + spelling + "wrong";
            raw().get(url)
                    .then()
                    .statusCode(401)
                    .header("Cache-Control", "no-store")
                    .header("WWW-Authenticate", "Bearer realm=\"quire-preview\"")
                    .contentType("application/problem+json");
        }
        // An empty value is no token at all: the public answer, cacheable.
        Response empty = given().get(path + (path.contains("?") ? "&" : "?") + "preview=");
        assertTrue(empty.statusCode() == 200 || empty.statusCode() == 404, path);
        assertFalse("no-store".equals(empty.header("Cache-Control")) && empty.statusCode() == 200, path);
    }

    @Test
    void listsTagsSearchAndTheArchiveShowDraftsToAPreview() {
        RequestSpecification preview = given().queryParam("preview", TOKEN);
        given().get("/api/posts?size=100").then().body("items.slug", not(hasItem("secret-plan")));
        given().queryParam("preview", TOKEN)
                .get("/api/posts?size=100")
                .then()
                .body("items.slug", hasItem("secret-plan"));

        given().get("/api/tags").then().body("slug", not(hasItem("embargoed")));
        preview.get("/api/tags").then().body("find { it.slug == 'embargoed' }.count", equalTo(1));
        given().get("/api/tags/embargoed").then().statusCode(404);
        given().queryParam("preview", TOKEN).get("/api/tags/embargoed").then().statusCode(200);
        given().get("/api/tags/embargoed/posts").then().statusCode(404);
        given().queryParam("preview", TOKEN)
                .get("/api/tags/embargoed/posts")
                .then()
                .statusCode(200)
                .body("items.slug", equalTo(List.of("secret-plan")));

        given().get("/api/posts?q=zanzibar").then().body("totalItems", equalTo(0));
        given().queryParam("preview", TOKEN)
                .get("/api/posts?q=zanzibar")
                .then()
                .body("items.slug", equalTo(List.of("secret-plan")));
        given().get("/api/search?q=zanzibar").then().body("totalItems", equalTo(0));
        given().header("Authorization", "Bearer " + TOKEN)
                .get("/api/search?q=zanzibar")
                .then()
                .body("items.post.slug", equalTo(List.of("secret-plan")))
                .body("facets.tags.slug", equalTo(List.of("embargoed")));

        given().get("/api/archive").then().body("findAll { it.year == 2023 }", equalTo(List.of()));
        given().queryParam("preview", TOKEN)
                .get("/api/archive")
                .then()
                .body("find { it.year == 2023 && it.month == 6 }.count", equalTo(1));
    }

    /** Sends the query exactly as written, percent signs included. */
    private static RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/api/sync"})
    void feedsTheSitemapAndSyncArePublishedPostsOnlyEvenToAPreview(String path) {
        Response preview = given().queryParam("preview", TOKEN).get(path);
        preview.then().statusCode(200).header("Cache-Control", "no-store");
        Response bearer = given().header("Authorization", "Bearer " + TOKEN).get(path);
        Response publicly = given().get(path);
        for (Response response : List.of(preview, bearer)) {
            assertFalse(response.asString().contains("secret-plan"), path);
            assertFalse(response.asString().contains("draft-post"), path);
        }
        if (!path.equals("/api/sync")) {
            assertEquals(publicly.asString(), preview.asString(), path);
        }
    }
}
