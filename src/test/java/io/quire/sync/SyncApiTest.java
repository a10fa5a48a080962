package io.quire.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A client that applies every sync response in order ends up with exactly what /api/posts lists,
 * while files are added, edited, unpublished, renamed and deleted at random (seeded) between syncs.
 */
@QuarkusTest
@TestProfile(MutableContentProfile.Syncing.class)
class SyncApiTest {

    private static final Path ROOT = MutableContentProfile.root(MutableContentProfile.Syncing.class);
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;

    @Test
    void applyingEverySyncInOrderYieldsThePublishedPosts() throws IOException {
        Map<String, String> local = new TreeMap<>();
        String token = syncInto(local, null);
        assertEquals(published(), local);

        Random random = new Random(42);
        for (int round = 0; round < 12; round++) {
            for (int change = 0; change < 3; change++) {
                changeSomething(random, round * 10 + change);
            }
            given().header("Authorization", ADMIN)
                    .post("/api/admin/import")
                    .then()
                    .statusCode(200);
            token = syncInto(local, token);
            assertEquals(published(), local, "after round " + round);
        }
    }

    @Test
    void anUnknownTokenIsABadParameterAndAnOldOneIsGone() {
        given().get("/api/sync?token=nonsense").then().statusCode(400).body("errors[0].field", equalTo("token"));
        String ancient = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("q1.1.1000.1.1000.0".getBytes(StandardCharsets.US_ASCII));
        given().get("/api/sync?token=" + ancient)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/sync-token-expired"));
    }

    @Test
    void noTokenHoweverMadeNamesAPostThePublicWasNeverShown() {
        // Fixture posts that were never public: drafts, one scheduled for 2099, one expired before it was imported.
        List<String> neverPublic = List.of("draft-post", "unpublished", "some-draft", "future-post", "expired-notice");
        String real = syncInto(new TreeMap<>(), null);
        String[] parts =
                new String(java.util.Base64.getUrlDecoder().decode(real), StandardCharsets.US_ASCII).split("\\.");
        long database = Long.parseLong(parts[1]);
        long version = Long.parseLong(parts[4]);
        for (long from : new long[] {0, 1, version / 2, version - 1, version}) {
            for (long fromMicros : new long[] {0, 1_577_836_800_000_000L, Long.parseLong(parts[5])}) {
                String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("q2." + database + "." + from + "." + fromMicros + "." + version + "."
                                        + parts[5] + ".0")
                                .getBytes(StandardCharsets.US_ASCII));
                io.restassured.response.Response answer = given().get("/api/sync?token=" + forged);
                if (answer.statusCode() == 410) {
                    continue; // from before the deletions still remembered: nothing is told
                }
                JsonPath page = answer.then().statusCode(200).extract().jsonPath();
                for (String slug : neverPublic) {
                    assertEquals(false, page.getList("deleted.slug").contains(slug), slug + " from " + from);
                    assertEquals(false, page.getList("items.slug").contains(slug), slug + " from " + from);
                }
            }
        }
    }

    @Test
    void aNewDraftIsNotNamedAndAHiddenPostIsNamedByTheSlugItWasPublicUnder() throws IOException {
        Files.writeString(ROOT.resolve("shown.md"), "---\ntitle: Shown\n---\nShown\n", StandardCharsets.UTF_8);
        importNow();
        Map<String, String> local = new TreeMap<>();
        String token = syncInto(local, null);
        Object shownId = given().get("/api/posts/shown").then().extract().path("id");

        Files.writeString(
                ROOT.resolve("shown.md"),
                "---\ntitle: Shown\nslug: renamed-in-secret\ndraft: true\n---\nShown\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                ROOT.resolve("brand-new-draft.md"),
                "---\ntitle: Secret\ndraft: true\n---\nSecret\n",
                StandardCharsets.UTF_8);
        importNow();
        JsonPath page = given().get("/api/sync?token=" + token).then().extract().jsonPath();
        assertEquals(List.of("shown"), page.getList("deleted.slug"));
        assertEquals(
                List.of(String.valueOf(shownId)),
                page.getList("deleted.id").stream().map(String::valueOf).toList());
        Files.delete(ROOT.resolve("shown.md"));
        Files.delete(ROOT.resolve("brand-new-draft.md"));
        importNow();
    }

    private static void importNow() {
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);
    }

    /** Follows every page; applies deleted, then items. Returns the token for next time. */
    private static String syncInto(Map<String, String> local, String token) {
        String next = token;
        while (true) {
            JsonPath page = given().queryParam("token", next == null ? "" : next)
                    .get("/api/sync")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Object id : page.getList("deleted.id")) {
                local.remove(String.valueOf(id));
            }
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                local.put(String.valueOf(item.get("id")), item.get("slug") + " | " + item.get("title"));
            }
            if (page.getString("nextPageToken") == null) {
                return page.getString("nextToken");
            }
            next = page.getString("nextPageToken");
        }
    }

    private static Map<String, String> published() {
        JsonPath list = given().get("/api/posts?size=100").then().extract().jsonPath();
        Map<String, String> posts = new TreeMap<>();
        for (Map<String, Object> item : list.<Map<String, Object>>getList("items")) {
            posts.put(String.valueOf(item.get("id")), item.get("slug") + " | " + item.get("title"));
        }
        return posts;
    }

    private static void changeSomething(Random random, int n) throws IOException {
        List<Path> files = markdownFiles();
        switch (random.nextInt(6)) {
            case 0, 1 ->
                Files.writeString(
                        ROOT.resolve("new-" + n + ".md"),
                        "---\ntitle: New " + n + "\ndate: 2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                                + "\ntags: [t" + random.nextInt(3) + "]\n---\nBody " + n + "\n",
                        StandardCharsets.UTF_8);
            case 2 -> edit(pick(random, files), text -> text.replaceFirst("(?m)^title: .*$", "title: Edited " + n));
            case 3 -> edit(pick(random, files), text -> text.replaceFirst("\n---\n", "\ndraft: true\n---\n"));
            case 4 -> Files.delete(pick(random, files));
            default -> {
                Path file = pick(random, files);
                Files.move(file, file.resolveSibling("moved-" + n + "-" + file.getFileName()));
            }
        }
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("---\n")) {
            Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
        }
    }

    private static Path pick(Random random, List<Path> files) {
        return files.get(random.nextInt(files.size()));
    }

    private static List<Path> markdownFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                    .filter(p -> !p.toString().contains("/."))
                    .sorted()
                    .toList());
            return files;
        }
    }
}
