package io.quire.asset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.content.asset.TestImages;
import io.quire.support.AssetContentProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Files next to posts: how posts link to them, how they are served (types, validators, ranges,
 * caching, SVG), what is never served, and that links follow their targets across imports exactly as
 * a fresh import would. Tests build on each other, in order.
 */
@QuarkusTest
@TestProfile(AssetContentProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssetApiTest {

    private static final Path ROOT = AssetContentProfile.ROOT;
    private static final String BASE = "https://blog.example.com";
    private static final String BUNDLE = "posts/with-images/";
    private static final String ADMIN = "Bearer " + AssetContentProfile.ADMIN_TOKEN;

    @Inject
    EntityManager em;

    @Test
    @Order(1)
    void postsLinkToAssetsByContentHashedUrlsWithImageSizes() throws IOException {
        JsonPath post = given().get("/api/posts/with-images")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String html = post.getString("html");
        assertTrue(
                html.contains("<img src=\"" + url("diagram.png") + "\" alt=\"Diagram\" width=\"40\" height=\"30\">"),
                html);
        // EXIF orientation 6: the 64x48 photo is shown 48 wide, 64 high
        assertTrue(
                html.contains("<img src=\"" + url("photo.jpg") + "\" srcset=\"" + url("photo.jpg") + " 1x, "
                        + url("wide.webp") + " 2x\" alt=\"p\" width=\"48\" height=\"64\">"),
                html);
        assertTrue(html.contains("<video src=\"" + url("clip.mp4") + "\" poster=\"" + url("cover.png") + "\""), html);
        assertTrue(html.contains("<a href=\"" + BASE + "/posts/the-other#part\">the other post</a>"), html);
        assertTrue(html.contains("<a href=\"" + url("slides.pdf") + "\">deck</a>"), html);
        assertTrue(
                html.contains("<img src=\"" + url("/shared/logo.svg") + "\" alt=\"logo\" width=\"24\" height=\"12\">"),
                html);
        assertTrue(html.contains("<a href=\"" + BASE + "/posts/the-other\" data-quire-ref=\"other\">"), html);
        // missing and outside targets stay as written
        assertTrue(html.contains("<img src=\"gone.png\" alt=\"gone\">"), html);
        assertTrue(html.contains("<img src=\"outside.png\" alt=\"outside\">"), html);

        assertEquals(url("cover.png"), post.getString("cover"));
        assertEquals(url("photo.jpg"), post.getString("og.image"));
        assertEquals("Not a path", post.getString("og.title"));
        given().get("/api/posts?fields=slug,cover")
                .then()
                .body("items.find { it.slug == 'with-images' }.cover", equalTo(url("cover.png")));
    }

    @Test
    @Order(2)
    void theImportWarnsAboutMissingTargetsAtTheirLines() {
        List<java.util.Map<String, Object>> problems = given().header("Authorization", ADMIN)
                .get("/api/admin/import")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("problems");
        assertTrue(
                problems.stream()
                        .anyMatch(p -> "posts/with-images/index.md".equals(p.get("path"))
                                && Integer.valueOf(20).equals(p.get("line"))
                                && "link-missing-target".equals(p.get("code"))
                                && String.valueOf(p.get("message")).startsWith("'gone.png' leads to a file")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> "posts/with-images/outside.png".equals(p.get("path"))
                                && String.valueOf(p.get("message")).contains("outside the content root")),
                problems.toString());
    }

    @Test
    @Order(3)
    void aContentHashedUrlServesTheBytesImmutablyWithAStrongEtag() throws Exception {
        byte[] png = Files.readAllBytes(ROOT.resolve(BUNDLE + "diagram.png"));
        Response response = given().get(path("diagram.png"));
        response.then()
                .statusCode(200)
                .contentType("image/png")
                .header("ETag", "\"" + sha256(png) + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", String.valueOf(png.length));
        assertArrayEquals(png, response.asByteArray());
        given().header("If-None-Match", "\"" + sha256(png) + "\"")
                .get(path("diagram.png"))
                .then()
                .statusCode(304)
                .header("ETag", "\"" + sha256(png) + "\"");
        given().head(path("diagram.png")).then().statusCode(200).header("Content-Length", String.valueOf(png.length));
        given().get(path("slides.pdf")).then().statusCode(200).contentType("application/pdf");
        given().get(path("wide.webp")).then().statusCode(200).contentType("image/webp");
        given().get(path("clip.mp4")).then().statusCode(200).contentType("video/mp4");
    }

    @Test
    @Order(4)
    void thePlainPathIsTheCurrentFileCachedBriefly() {
        given().get("/assets/" + BUNDLE + "diagram.png")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400");
        given().redirects()
                .follow(false)
                .get("/assets/0000000000000000/" + BUNDLE + "diagram.png")
                .then()
                .statusCode(302)
                .header("Location", url("diagram.png"));
    }

    @Test
    @Order(5)
    void videoAnswersByteRanges() {
        byte[] video = AssetContentProfile.video();
        Response part = given().header("Range", "bytes=100-199").get(path("clip.mp4"));
        part.then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/10000")
                .header("Content-Length", "100")
                .contentType("video/mp4");
        assertArrayEquals(Arrays.copyOfRange(video, 100, 200), part.asByteArray());
        Response tail = given().header("Range", "bytes=-10").get(path("clip.mp4"));
        tail.then().statusCode(206).header("Content-Range", "bytes 9990-9999/10000");
        assertArrayEquals(Arrays.copyOfRange(video, 9990, 10000), tail.asByteArray());
        given().header("Range", "bytes=9000-")
                .get(path("clip.mp4"))
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 9000-9999/10000");
        given().header("Range", "bytes=20000-")
                .get(path("clip.mp4"))
                .then()
                .statusCode(416)
                .contentType("application/problem+json")
                .header("Content-Range", "bytes */10000");
        // If-Range with another version's ETag: the whole file
        given().header("Range", "bytes=0-9")
                .header("If-Range", "\"other\"")
                .get(path("clip.mp4"))
                .then()
                .statusCode(200)
                .header("Content-Length", "10000");
        // several ranges: the whole file
        given().header("Range", "bytes=0-9,20-29").get(path("clip.mp4")).then().statusCode(200);
    }

    @Test
    @Order(6)
    void svgIsServedSoThatItCannotRunScript() {
        given().get(path("/shared/logo.svg"))
                .then()
                .statusCode(200)
                .contentType("image/svg+xml")
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    @Order(7)
    void nothingOutsideWhatPublishedPostsUseIsServed() {
        for (String path : List.of(
                "/assets/unreferenced.png",
                "/assets/posts/secret/secret.png",
                "/assets/" + BUNDLE + "outside.png",
                "/assets/" + BUNDLE + "index.md",
                "/assets/" + BUNDLE + "gone.png",
                "/assets/" + BUNDLE + "../../unreferenced.png",
                "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/assets/posts/with-images/.%2e/other.md",
                "/assets/posts/with-images%5cdiagram.png",
                "/assets/..%2f..%2f" + ROOT.getFileName() + "-outside.png")) {
            Response response = given().urlEncodingEnabled(false).get(path);
            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", response.contentType(), path);
        }
        // an encoded slash is a slash (generated clients encode the path so), not a way out
        given().urlEncodingEnabled(false)
                .get("/assets/posts%2Fwith-images%2Fdiagram.png")
                .then()
                .statusCode(200)
                .contentType("image/png");
        given().get("/assets/posts/secret/secret.png?preview=" + AssetContentProfile.PREVIEW_TOKEN)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    @Order(8)
    void linksFollowTheirTargetsAcrossImportsAsAFreshImportWould() throws Exception {
        String before = given().get("/api/posts/with-images").asString();
        String syncToken = given().get("/api/sync").jsonPath().getString("nextToken");

        // the target post gets another slug, an image changes, a missing one appears
        Path other = ROOT.resolve("posts/other.md");
        Files.writeString(other, Files.readString(other).replace("slug: the-other", "slug: another"));
        Files.write(ROOT.resolve(BUNDLE + "diagram.png"), TestImages.raster("png", 80, 60));
        Files.write(ROOT.resolve(BUNDLE + "gone.png"), TestImages.raster("png", 10, 10));
        importNow();

        JsonPath post = given().get("/api/posts/with-images").jsonPath();
        String html = post.getString("html");
        assertNotEquals(before, post.prettify());
        assertTrue(html.contains("<a href=\"" + BASE + "/posts/another#part\">"), html);
        assertTrue(
                html.contains("<img src=\"" + url("diagram.png") + "\" alt=\"Diagram\" width=\"80\" height=\"60\">"),
                html);
        assertTrue(
                html.contains("<img src=\"" + url("gone.png") + "\" alt=\"gone\" width=\"10\" height=\"10\">"), html);
        // the old version's URL now leads to the new one
        given().redirects()
                .follow(false)
                .get("/assets/0000000000000000/" + BUNDLE + "diagram.png")
                .then()
                .statusCode(302);
        // sync clients get the post again, although its file did not change
        List<String> synced =
                given().get("/api/sync?token=" + syncToken).jsonPath().getList("items.slug");
        assertTrue(synced.contains("with-images"), synced.toString());

        String incremental = given().get("/api/posts/with-images").asString();
        String list = given().get("/api/posts").asString();
        wipeDatabase();
        importNow();
        assertEquals(incremental, given().get("/api/posts/with-images").asString());
        assertEquals(list, given().get("/api/posts").asString());
    }

    private void importNow() {
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
    }

    /** Deletes every row, so that the next import is a fresh one of the same folder. */
    private void wipeDatabase() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of(
                    "post_link", "post_tag", "post_alias", "post_body", "post_tombstone", "post", "tag", "asset")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    /** The URL posts use for an asset of the bundle (or, starting with /, of the root). */
    private static String url(String name) {
        return BASE + path(name);
    }

    private static String path(String name) {
        String path = name.startsWith("/") ? name.substring(1) : BUNDLE + name;
        try {
            return "/assets/" + sha256(Files.readAllBytes(ROOT.resolve(path))).substring(0, 16) + "/" + path;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
