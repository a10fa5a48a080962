package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An author edits, breaks, repairs, renames and deletes files while the server runs; every import is
 * triggered through the admin API and its report checked. Tests build on each other, in order.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportLifecycleTest {

    private static final Path ROOT = MutableContentProfile.ROOT;
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    @Test
    @Order(1)
    void adminEndpointsNeedTheToken() {
        given().post("/api/admin/import")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"quire-admin\"");
        given().header("Authorization", "Bearer wrong")
                .get("/api/admin/import")
                .then()
                .statusCode(401);
        given().header("Authorization", ADMIN)
                .get("/api/admin/import")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("completed", equalTo(true))
                .body("failed", equalTo(0));
    }

    @Test
    @Order(2)
    void anImportThatChangesNothingChangesNoValidator() {
        Response before = given().get("/api/posts/time-zones");
        importNow().then().body("unchanged", equalTo(12)).body("updated", equalTo(0));
        Response after = given().get("/api/posts/time-zones");
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.header("Last-Modified"), after.header("Last-Modified"));
    }

    @Test
    @Order(3)
    void anEditUpdatesThatPostAndOnlyItsValidators() throws IOException {
        String tagsEtag = given().get("/api/tags").header("ETag");
        String otherEtag = given().get("/api/posts/hello-quarkus").header("ETag");
        String oldEtag = given().get("/api/posts/time-zones").header("ETag");
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");

        importNow().then().body("updated", equalTo(1)).body("unchanged", equalTo(11));

        Response edited = given().get("/api/posts/time-zones");
        edited.then().body("excerpt", org.hamcrest.Matchers.startsWith("Always store instants in UTC"));
        assertNotEquals(oldEtag, edited.header("ETag"));
        given().header("If-None-Match", oldEtag)
                .get("/api/posts/time-zones")
                .then()
                .statusCode(200);
        given().header("If-None-Match", edited.header("ETag"))
                .get("/api/posts/time-zones")
                .then()
                .statusCode(304)
                .body(equalTo(""));
        assertEquals(tagsEtag, given().get("/api/tags").header("ETag"));
        given().header("If-None-Match", otherEtag)
                .get("/api/posts/hello-quarkus")
                .then()
                .statusCode(304);
    }

    @Test
    @Order(4)
    void aBrokenFileKeepsItsLastGoodVersionAndIsReportedWithItsLine() throws IOException {
        replace("time-zones.md", "date: \"2025-02-28 14:32:00 +0200\"", "date: \"2025-02-30\"");

        importNow()
                .then()
                .body("failed", equalTo(1))
                .body("updated", equalTo(0))
                .body("problems.find { it.path == 'time-zones.md' }.severity", equalTo("error"))
                .body("problems.find { it.path == 'time-zones.md' }.line", equalTo(4));

        given().get("/api/posts/time-zones")
                .then()
                .statusCode(200)
                .body("excerpt", org.hamcrest.Matchers.startsWith("Always store instants in UTC"));
        given().header("Authorization", ADMIN).get("/api/admin/import").then().body("failed", equalTo(1));
    }

    @Test
    @Order(5)
    void aDryRunReportsWithoutChangingAnything() throws IOException {
        replace("time-zones.md", "date: \"2025-02-30\"", "date: \"2025-02-28 14:32:00 +0200\"");
        replace("time-zones.md", "Always store instants", "Please store instants");
        given().header("Authorization", ADMIN)
                .post("/api/admin/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("updated", equalTo(1));
        given().get("/api/posts/time-zones")
                .then()
                .body("excerpt", org.hamcrest.Matchers.startsWith("Always store instants in UTC"));
        given().header("Authorization", ADMIN)
                .post("/api/admin/import?dryRun=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    @Order(6)
    void aRenamedFileKeepsItsOldSlugAsARedirect() throws IOException {
        Files.move(ROOT.resolve("hello-quarkus.md"), ROOT.resolve("hello-again.md"));

        importNow()
                .then()
                .body("updated", equalTo(2))
                .body("created", equalTo(0))
                .body("deleted", equalTo(0));

        given().redirects()
                .follow(false)
                .get("/api/posts/hello-quarkus")
                .then()
                .statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/posts/hello-again"));
        given().get("/api/posts/hello-again").then().statusCode(200).body("id", equalTo(2));
        given().redirects().follow(false).get("/api/posts/old-hello").then().statusCode(301);
    }

    @Test
    @Order(7)
    void aDeletedFileRemovesItsPostAndItsTagCounts() throws IOException {
        Files.delete(ROOT.resolve("caching-in-cpp.markdown"));

        importNow().then().body("deleted", equalTo(1));

        given().get("/api/posts/caching-in-cpp").then().statusCode(404);
        given().get("/api/tags").then().body("slug", not(hasItem("c")));
        given().get("/api/posts").then().body("totalItems", equalTo(6));
    }

    @Test
    @Order(8)
    void aDuplicateIdIsAnErrorForTheLaterFileOnly() throws IOException {
        Files.writeString(
                ROOT.resolve("zz-copy.md"), "---\nid: 3\ntitle: Copy\n---\nA copy.\n", StandardCharsets.UTF_8);
        importNow()
                .then()
                .body("created", equalTo(0))
                .body("failed", equalTo(1))
                .body(
                        "problems.find { it.path == 'zz-copy.md' }.message",
                        equalTo("duplicate id '3': already used by time-zones.md"));
        given().get("/api/posts/3").then().body("slug", equalTo("time-zones"));
        Files.delete(ROOT.resolve("zz-copy.md"));
    }

    @Test
    @Order(9)
    void thePreviewTokenShowsDraftsScheduledAndExpiredPosts() {
        given().get("/api/posts/draft-post").then().statusCode(404);
        given().get("/api/posts/draft-post?preview=" + MutableContentProfile.PREVIEW_TOKEN)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store");
        given().header("Authorization", "Bearer " + MutableContentProfile.PREVIEW_TOKEN)
                .get("/api/posts/future-post")
                .then()
                .statusCode(200);
        given().get("/api/posts?size=100&preview=" + MutableContentProfile.PREVIEW_TOKEN)
                .then()
                .body("totalItems", equalTo(11))
                .body("items.slug", hasItem("expired-notice"));
        given().get("/api/posts/draft-post?preview=wrong")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/posts?size=100").then().body("items.slug", not(hasItem("draft-post")));
    }

    @Test
    @Order(10)
    void readinessReportsTheFirstImport() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("content-import"));
    }

    @Test
    @Order(11)
    void aFileWhoseNewBodyCannotBeRenderedKeepsItsLastGoodVersionAndItsSlug() throws IOException {
        // Front matter is read before planning, bodies are rendered while storing: a body that fails
        // there must leave the post as it was, under its old slug and id, not parked or half written.
        replace("hello-again.md", "id: 2\n", "id: 2\nslug: hello-renamed\n");
        Files.writeString(
                ROOT.resolve("hello-again.md"),
                ">".repeat(100) + " nested too deep\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        importNow()
                .then()
                .body("failed", equalTo(1))
                .body("updated", equalTo(0))
                .body("problems.find { it.path == 'hello-again.md' }.severity", equalTo("error"))
                .body("problems.find { it.path == 'hello-again.md' }.message", containsString("nested"));

        given().get("/api/posts/hello-again")
                .then()
                .statusCode(200)
                .body("id", equalTo(2))
                .body("title", equalTo("Hello, Quarkus"));
        given().get("/api/posts/hello-renamed").then().statusCode(404);
        given().get("/api/posts/2").then().statusCode(200).body("slug", equalTo("hello-again"));
    }

    private static Response importNow() {
        Response response = given().header("Authorization", ADMIN).post("/api/admin/import");
        response.then().statusCode(200).contentType("application/json");
        return response;
    }

    private static void replace(String file, String from, String to) throws IOException {
        Path path = ROOT.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
