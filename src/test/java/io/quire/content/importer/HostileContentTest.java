package io.quire.content.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files generated to hurt, imported by the server: each fails on its own with its line, the others
 * import, an earlier good version stays, and no page grows with what one file expands to.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.Hardening.class)
class HostileContentTest {

    private static final Path ROOT = MutableContentProfile.root(MutableContentProfile.Hardening.class);
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    @Test
    void aDraftTruncatedToNothingStaysADraftAndIsReported() throws IOException {
        Path draft = ROOT.resolve("draft-post.md");
        String before = Files.readString(draft, StandardCharsets.UTF_8);
        Files.write(draft, new byte[0]);
        try {
            importNow()
                    .then()
                    .body("problems.find { it.path == 'draft-post.md' }.message", equalTo("the file is empty"))
                    .body("problems.find { it.path == 'draft-post.md' }.line", equalTo(1));
            given().get("/api/posts/draft-post").then().statusCode(404);
            given().get("/api/posts/8?preview=" + MutableContentProfile.PREVIEW_TOKEN)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Draft Post"));
        } finally {
            Files.writeString(draft, before, StandardCharsets.UTF_8);
            importNow();
        }
    }

    @Test
    void filesThatExpandEnormouslyFailAloneAndKeepTheirLastGoodVersion() throws IOException {
        Path victim = ROOT.resolve("time-zones.md");
        String before = Files.readString(victim, StandardCharsets.UTF_8);
        String bomb = "[r]: https://example.com/" + "a".repeat(100_000) + "\n\n" + "[x][r] ".repeat(120_000) + "\n";
        Files.writeString(victim, before + "\n" + bomb, StandardCharsets.UTF_8);
        Files.writeString(
                ROOT.resolve("zz-front-matter-bomb.md"),
                "---\ntitle: Amplified\nbig: &big " + "y".repeat(40_000) + "\ncopies: [" + "*big, ".repeat(1999)
                        + "*big]\n---\nBody.\n",
                StandardCharsets.UTF_8);
        Files.writeString(ROOT.resolve("zz-fine.md"), "---\ntitle: Fine neighbour\n---\nFine.\n");
        try {
            Response report = importNow();
            report.then()
                    .body("created", equalTo(1))
                    .body("failed", equalTo(2))
                    .body(
                            "problems.find { it.path == 'time-zones.md' && it.severity == 'error' }.message",
                            equalTo("Markdown renders to more than 1048576 bytes of HTML"))
                    .body("problems.find { it.path == 'zz-front-matter-bomb.md' }.line", equalTo(4));
            given().get("/api/posts/time-zones").then().statusCode(200).body("title", equalTo("Time Zones Are Hard"));
            given().get("/api/posts/zz-fine").then().statusCode(200);
            Response page = given().get("/api/posts?size=100");
            page.then().body("items.slug", not(hasItem("zz-front-matter-bomb")));
            assertTrue(page.asByteArray().length < 20_000, page.asByteArray().length + " bytes");
        } finally {
            Files.writeString(victim, before, StandardCharsets.UTF_8);
            Files.delete(ROOT.resolve("zz-front-matter-bomb.md"));
            Files.delete(ROOT.resolve("zz-fine.md"));
            importNow();
        }
    }

    @Test
    void aLinkedFolderIsImportedOnceAndALoopDoesNotStopDeletions() throws IOException {
        Files.createDirectories(ROOT.resolve("linked/inner"));
        Files.writeString(ROOT.resolve("linked/inner/once.md"), "---\ntitle: Once\n---\nOnce.\n");
        Files.createSymbolicLink(ROOT.resolve("again"), Path.of("linked"));
        Files.createSymbolicLink(ROOT.resolve("linked/inner/loop"), Path.of("../.."));
        try {
            importNow()
                    .then()
                    .body("created", equalTo(1))
                    .body("problems.find { it.path == 'again' }.severity", equalTo("warning"))
                    .body("problems.find { it.path == 'linked/inner/loop' }.severity", equalTo("warning"));
            given().get("/api/posts/once").then().statusCode(200);
            Files.delete(ROOT.resolve("linked/inner/once.md"));
            importNow().then().body("deleted", equalTo(1));
            given().get("/api/posts/once").then().statusCode(404);
        } finally {
            Files.deleteIfExists(ROOT.resolve("again"));
            Files.deleteIfExists(ROOT.resolve("linked/inner/loop"));
            Files.deleteIfExists(ROOT.resolve("linked/inner/once.md"));
            Files.deleteIfExists(ROOT.resolve("linked/inner"));
            Files.deleteIfExists(ROOT.resolve("linked"));
            importNow();
        }
    }

    @Test
    void syncPagesStopAtTheirByteBudgetAndStillDeliverEveryPost() {
        Map<String, Object> all = new java.util.TreeMap<>();
        List<Integer> sizes = new ArrayList<>();
        String token = "";
        while (true) {
            JsonPath page = given().queryParam("token", token)
                    .get("/api/sync")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertTrue(!items.isEmpty());
            sizes.add(items.size());
            items.forEach(item -> all.put(String.valueOf(item.get("id")), item.get("slug")));
            token = page.getString("nextPageToken");
            if (token == null) {
                break;
            }
        }
        JsonPath list = given().get("/api/posts?size=100").jsonPath();
        assertEquals(list.getInt("totalItems"), all.size());
        assertTrue(sizes.size() > 1, "7 small posts under a 3,000 character budget take several pages: " + sizes);
    }

    private static Response importNow() {
        Response response = given().header("Authorization", ADMIN).post("/api/admin/import");
        response.then().statusCode(200);
        return response;
    }
}
