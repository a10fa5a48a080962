package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.changes.ChangeSet;
import io.quire.changes.ContentChanges;
import io.quire.config.QuireConfig;
import io.quire.support.EmptyDatabase;
import io.quire.support.MutableContentProfile;
import io.quire.support.TestFolders;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author edits, breaks, repairs, renames and deletes files while the server runs; every import is
 * triggered through the admin API and its report checked. Each scenario is independent: it starts
 * from a copy of the fixture content of its own (the content root is a link, pointed at that copy)
 * and an empty database into which that copy is imported, so scenarios run alone and in any order,
 * all in one boot.
 */
@QuarkusTest
@TestProfile(ImportScenariosTest.OwnFolders.class)
class ImportScenariosTest {

    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    /** The content root is a link that each scenario points at a folder of its own. */
    public static class OwnFolders extends MutableContentProfile {

        static final Path LINK = link();

        @Override
        protected Path root() {
            return LINK;
        }

        /** Points the content root at {@code folder}. */
        static void pointAt(Path folder) throws IOException {
            Files.delete(LINK);
            Files.createSymbolicLink(LINK, folder);
        }

        private static Path link() {
            Path link = TestFolders.create("quire-scenarios-").resolve("content");
            try {
                return Files.createSymbolicLink(link, TestFolders.create("quire-no-content-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    EntityManager em;

    @Inject
    QuireConfig config;

    /** This scenario's content root. */
    private Path root;

    @BeforeEach
    void ownFolderAndEmptyDatabase() throws IOException {
        root = MutableContentProfile.copyFixture();
        OwnFolders.pointAt(root);
        EmptyDatabase.empty(em);
        importNow();
    }

    @Test
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
    void anImportThatChangesNothingChangesNoValidator() {
        Response before = given().get("/api/posts/time-zones");
        importNow().then().body("unchanged", equalTo(12)).body("updated", equalTo(0));
        Response after = given().get("/api/posts/time-zones");
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.header("Last-Modified"), after.header("Last-Modified"));
    }

    @Test
    void anEditUpdatesThatPostAndOnlyItsValidators() throws IOException {
        String tagsEtag = given().get("/api/tags").header("ETag");
        String otherEtag = given().get("/api/posts/hello-quarkus").header("ETag");
        String oldEtag = given().get("/api/posts/time-zones").header("ETag");
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");

        importNow().then().body("updated", equalTo(1)).body("unchanged", equalTo(11));

        Response edited = given().get("/api/posts/time-zones");
        edited.then().body("excerpt", startsWith("Always store instants in UTC"));
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
    void aBrokenFileKeepsItsLastGoodVersionAndIsReportedWithItsLine() throws IOException {
        editedAndImported();
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
                .body("excerpt", startsWith("Always store instants in UTC"));
        given().header("Authorization", ADMIN).get("/api/admin/import").then().body("failed", equalTo(1));
    }

    @Test
    void aDryRunReportsWithoutChangingAnything() throws IOException {
        editedAndImported();
        replace("time-zones.md", "Always store instants", "Please store instants");
        given().header("Authorization", ADMIN)
                .post("/api/admin/import?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("updated", equalTo(1));
        given().get("/api/posts/time-zones").then().body("excerpt", startsWith("Always store instants in UTC"));
        given().header("Authorization", ADMIN)
                .post("/api/admin/import?dryRun=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void aRenamedFileKeepsItsOldSlugAsARedirect() throws IOException {
        // imported together with an edit of another file: two posts updated, none created or deleted
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");
        Files.move(root.resolve("hello-quarkus.md"), root.resolve("hello-again.md"));

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
                .header("Location", endsWith("/api/posts/hello-again"));
        given().get("/api/posts/hello-again").then().statusCode(200).body("id", equalTo(2));
        given().redirects().follow(false).get("/api/posts/old-hello").then().statusCode(301);
    }

    @Test
    void aDeletedFileRemovesItsPostAndItsTagCounts() throws IOException {
        Files.delete(root.resolve("caching-in-cpp.markdown"));

        importNow().then().body("deleted", equalTo(1));

        given().get("/api/posts/caching-in-cpp").then().statusCode(404);
        given().get("/api/tags").then().body("slug", not(hasItem("c")));
        given().get("/api/posts").then().body("totalItems", equalTo(6));
        // gone for previewers too: the other eleven posts, drafts, scheduled and expired ones included
        given().get("/api/posts?size=100&preview=" + MutableContentProfile.PREVIEW_TOKEN)
                .then()
                .body("totalItems", equalTo(11))
                .body("items.slug", hasItem("expired-notice"));
    }

    @Test
    void aDuplicateIdIsAnErrorForTheLaterFileOnly() throws IOException {
        Files.writeString(
                root.resolve("zz-copy.md"), "---\nid: 3\ntitle: Copy\n---\nA copy.\n", StandardCharsets.UTF_8);
        importNow()
                .then()
                .body("created", equalTo(0))
                .body("failed", equalTo(1))
                .body(
                        "problems.find { it.path == 'zz-copy.md' }.message",
                        equalTo("duplicate id '3': already used by time-zones.md"));
        given().get("/api/posts/3").then().body("slug", equalTo("time-zones"));
    }

    @Test
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
                .body("items.slug", hasItem("expired-notice"));
        given().get("/api/posts/draft-post?preview=wrong")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/posts?size=100").then().body("items.slug", not(hasItem("draft-post")));
    }

    @Test
    void readinessReportsTheFirstImport() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("content-import"));
    }

    @Test
    void aRenamedFileWhoseNewBodyCannotBeRenderedKeepsItsLastGoodVersionAndItsSlug() throws IOException {
        Files.move(root.resolve("hello-quarkus.md"), root.resolve("hello-again.md"));
        importNow().then().body("updated", equalTo(1));
        // Front matter is read before planning, bodies are rendered while storing: a body that fails
        // there must leave the post as it was, under its old slug and id, not parked or half written.
        replace("hello-again.md", "id: 2\n", "id: 2\nslug: hello-renamed\n");
        Files.writeString(
                root.resolve("hello-again.md"),
                ">".repeat(100) + " nested too deep\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

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

    @Test
    void anImportWhoseChangesCannotBeReadAfterItsCommitIsStillReportedAsStored() throws IOException {
        QuarkusMock.installMockForType(new UnreadableChanges(config), ContentChanges.class);
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");

        Response report = importNow();
        report.then()
                .body("completed", equalTo(true))
                .body("updated", equalTo(1))
                .body("surrogateKeys", equalTo(List.of("quire")));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/api/posts/time-zones").then().statusCode(200).body("html", containsString("Always store"));
        given().header("Authorization", ADMIN)
                .get("/api/admin/import")
                .then()
                .body("version", equalTo(report.<Integer>path("version")))
                .body("updated", equalTo(1));
    }

    /** Reading what an import changed fails, as a read past its transaction timeout does. */
    static class UnreadableChanges extends ContentChanges {

        UnreadableChanges(QuireConfig config) {
            super(null, null, null, config);
        }

        @Override
        public ChangeSet ofLatestVersion(Instant now) {
            throw new IllegalStateException("ARJUNA016102: The transaction is not active!");
        }
    }

    /** The state several scenarios start from: time-zones.md edited, and imported. */
    private void editedAndImported() throws IOException {
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");
        importNow().then().body("updated", equalTo(1));
    }

    private static Response importNow() {
        Response response = given().header("Authorization", ADMIN).post("/api/admin/import");
        response.then().statusCode(200).contentType("application/json");
        return response;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain " + from);
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
