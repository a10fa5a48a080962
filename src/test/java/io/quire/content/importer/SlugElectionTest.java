package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.SuiteProfile;
import io.quire.support.TestFolders;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Contested slugs across incremental imports end where a fresh import of the same folder would: the
 * post published first keeps a slug, whatever was imported first; a slug comes back when its
 * collision goes away, and the suffixed one redirects. Tests build on each other, in order.
 */
@QuarkusTest
@TestProfile(SlugElectionTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlugElectionTest {

    private static final String ADMIN = "Bearer election-admin";

    public static class Profile extends SuiteProfile {

        static final Path ROOT = emptyRoot();

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quire.content.dir", ROOT.toString());
            config.put("quire.admin.token", "election-admin");
            return config;
        }

        private static Path emptyRoot() {
            Path root = TestFolders.create("quire-election-");
            TestFolders.write(root, "a/hello.md", "---\ntitle: A\n---\nA\n");
            return root;
        }
    }

    @Test
    @Order(1)
    void aLaterExplicitClaimantIsAnErrorAndTheSlugStaysWithTheFirst() {
        write("z/other.md", "---\ntitle: Z\nslug: hello\n---\nZ\n");
        importNow()
                .then()
                .body("failed", equalTo(1))
                .body("created", equalTo(0))
                .body(
                        "problems.find { it.path == 'z/other.md' }.message",
                        equalTo("duplicate slug 'hello': already used by a/hello.md"));
        given().get("/api/posts/hello").then().statusCode(200).body("title", equalTo("A"));
    }

    @Test
    @Order(2)
    void aPostPublishedEarlierTakesTheSlugAndTheOtherMovesToASuffix() {
        delete("z/other.md");
        write("b/hello.md", "---\ntitle: B\ndate: 2019-05-01\n---\nB\n");
        importNow()
                .then()
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(0))
                .body("problems.path", hasItem("a/hello.md"));
        given().get("/api/posts/hello").then().statusCode(200).body("title", equalTo("B"));
        given().get("/api/posts/hello-a").then().statusCode(200).body("title", equalTo("A"));
    }

    @Test
    @Order(3)
    void whenTheCollisionGoesAwayThePostGetsItsSlugBackAndTheSuffixRedirects() {
        delete("b/hello.md");
        importNow().then().body("deleted", equalTo(1)).body("updated", equalTo(1));
        given().get("/api/posts/hello").then().statusCode(200).body("title", equalTo("A"));
        given().redirects()
                .follow(false)
                .get("/api/posts/hello-a")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/posts/hello"));
    }

    @Test
    @Order(4)
    void anUnchangedPostThatLosesItsExplicitSlugToAnEarlierOneIsNotServedUntilItsFileChanges() {
        write("m/mine.md", "---\ntitle: Mine\nslug: mine\ndate: 2024-01-01\n---\nMine\n");
        importNow().then().body("created", equalTo(1));
        given().get("/api/posts/mine").then().statusCode(200).body("title", equalTo("Mine"));

        write("e/earlier.md", "---\ntitle: Earlier\nslug: mine\ndate: 2023-01-01\n---\nEarlier\n");
        importNow()
                .then()
                .body("created", equalTo(1))
                .body("failed", equalTo(1))
                .body("problems.find { it.path == 'm/mine.md' }.severity", equalTo("error"));
        given().get("/api/posts/mine").then().statusCode(200).body("title", equalTo("Earlier"));

        write("m/mine.md", "---\ntitle: Mine\nslug: mine-again\ndate: 2024-01-01\n---\nMine\n");
        importNow().then().body("created", equalTo(1)).body("failed", equalTo(0));
        given().get("/api/posts/mine-again").then().statusCode(200).body("title", equalTo("Mine"));
    }

    @Test
    @Order(5)
    void aContestedAliasBelongsToThePostPublishedFirstWhateverWasImportedFirst() {
        write("late.md", "---\ntitle: Late\ndate: 2024-06-01\naliases: [/old/page.html]\n---\nLate\n");
        importNow();
        given().redirects()
                .follow(false)
                .get("/api/posts/page")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/late"));

        write("early.md", "---\ntitle: Early\ndate: 2020-06-01\naliases: [page]\n---\nEarly\n");
        importNow()
                .then()
                .body(
                        "problems.find { it.path == 'late.md' }",
                        org.hamcrest.Matchers.nullValue()); // the unchanged loser is not read again
        given().redirects()
                .follow(false)
                .get("/api/posts/page")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/early"));

        write("early.md", "---\ntitle: Early\ndate: 2020-06-01\n---\nEarly\n");
        importNow();
        given().redirects()
                .follow(false)
                .get("/api/posts/page")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/late"));
    }

    private static Response importNow() {
        Response response = given().header("Authorization", ADMIN).post("/api/admin/import");
        response.then().statusCode(200);
        return response;
    }

    private static void write(String path, String text) {
        TestFolders.write(Profile.ROOT, path, text);
    }

    private static void delete(String path) {
        try {
            Files.delete(Profile.ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
