package io.quire.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.MutableContentProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Webhooks end to end: an author edits files, imports run through the admin API, and a receiver on
 * loopback checks what arrives (one signed event per change, the changed and deleted posts, the
 * surrogate keys, never a draft), how failures are retried and given up, and the delivery log.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.Webhooks.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookDeliveryTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final WebhookReceiver RECEIVER = new WebhookReceiver(SECRET);
    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three endpoints on the receiver, fast retries, a copy of the fixture content of its own. */
    public static class Webhooks extends MutableContentProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = super.getConfigOverrides();
            for (String name : List.of("site", "flaky", "gone")) {
                config.put("quire.webhooks.endpoints." + name + ".url", RECEIVER.url("/" + name));
                config.put("quire.webhooks.endpoints." + name + ".secret", SECRET);
            }
            config.put("quire.webhooks.retry-backoff", "300ms");
            config.put("quire.webhooks.max-backoff", "1s");
            config.put("quire.webhooks.max-attempts", "3");
            config.put("quire.webhooks.timeout", "5s");
            // The first event must start from an empty database: on PostgreSQL the suite's boots share
            // one, whose event cursor and posts earlier boots have moved (H2 is new at every boot).
            config.put("quarkus.flyway.clean-at-start", "true");
            return config;
        }
    }

    @Test
    @Order(1)
    void theStartupImportIsOneEventWithEveryPublicPost() throws IOException {
        awaitCount("/site", 1);
        WebhookReceiver.Received received = RECEIVER.at("/site").get(0);
        assertTrue(received.signatureValid(), "signature verifies");
        assertTrue(received.id().matches("msg_[0-9a-z]{26}"), received.id());
        assertTrue(Math.abs(received.timestamp() - Instant.now().getEpochSecond()) < 300);
        JsonNode event = JSON.readTree(received.body());
        assertEquals("content.changed", event.get("type").asText());
        JsonNode data = event.get("data");
        assertEquals(0, data.get("fromVersion").asLong());
        assertEquals(false, data.get("truncated").asBoolean());
        List<String> slugs = slugs(data.get("changed"));
        assertTrue(slugs.contains("hello-quarkus"), slugs.toString());
        // never a draft, an unpublished or a scheduled post
        assertFalse(slugs.contains("draft-post"));
        assertFalse(slugs.contains("unpublished-post"));
        assertFalse(slugs.contains("a-post-from-the-future"));
        assertFalse(received.body().contains("draft-post"), received.body());
        assertEquals(0, data.get("deleted").size());
    }

    @Test
    @Order(2)
    void anEditIsOneSignedEventNamingThePostAndTheKeysToPurge() throws IOException {
        int before = RECEIVER.at("/site").size();
        replace("hello-quarkus.md", "Quarkus starts fast", "Quarkus starts very fast");
        JsonPath report = importNow();

        awaitCount("/site", before + 1);
        WebhookReceiver.Received received = RECEIVER.at("/site").get(before);
        assertTrue(received.signatureValid());
        JsonNode data = JSON.readTree(received.body()).get("data");
        assertEquals(data.get("fromVersion").asLong() + 1, data.get("version").asLong());
        assertEquals(
                "[{\"id\":2,\"slug\":\"hello-quarkus\"}]", data.get("changed").toString());
        assertEquals("[]", data.get("deleted").toString());
        List<String> keys = strings(data.get("surrogateKeys"));
        assertEquals("posts", keys.get(0));
        assertTrue(keys.contains("post-2"), keys.toString());
        assertTrue(keys.contains("tag-java") && keys.contains("tag-quarkus"), keys.toString());
        // the post's tags, then its older and newer neighbours by date (their pages name it)
        assertEquals(List.of("posts", "post-2", "tag-java", "tag-quarkus", "post-3983090644131776", "post-1"), keys);
        // The import's own report names the same version and keys.
        assertEquals(data.get("version").asLong(), report.getLong("version"));
        assertEquals(keys, report.getList("surrogateKeys"));
        pause();
        assertEquals(before + 1, RECEIVER.at("/site").size(), "exactly one delivery per change");
    }

    @Test
    @Order(3)
    void editingADraftSendsNothing() throws IOException {
        int before = RECEIVER.at("/site").size();
        replace("draft-post.md", "This post is a draft.", "This post is still a draft.");
        importNow();
        Files.writeString(
                MutableContentProfile.root(Webhooks.class).resolve("secret-plans.md"),
                "---\ntitle: Secret plans\ndraft: true\n---\nShh.\n");
        importNow();
        pause();
        assertEquals(before, RECEIVER.at("/site").size());
    }

    @Test
    @Order(4)
    void aDeletedPostIsNamedWithItsLastSlug() throws IOException {
        int before = RECEIVER.at("/site").size();
        Files.delete(MutableContentProfile.root(Webhooks.class).resolve("testing-with-junit.md"));
        importNow();

        awaitCount("/site", before + 1);
        JsonNode data = JSON.readTree(RECEIVER.at("/site").get(before).body()).get("data");
        assertEquals(
                "[{\"id\":1,\"slug\":\"testing-with-junit\"}]",
                data.get("deleted").toString());
        assertTrue(strings(data.get("surrogateKeys")).contains("post-1"));
    }

    @Test
    @Order(5)
    void aFailedAttemptIsRetriedAndLogged() {
        RECEIVER.answer("/flaky", 503);
        int before = RECEIVER.at("/flaky").size();
        replace("time-zones.md", "Store instants in UTC", "Always store instants in UTC");
        importNow();

        awaitCount("/flaky", before + 2);
        List<WebhookReceiver.Received> attempts = RECEIVER.at("/flaky").subList(before, before + 2);
        assertEquals(attempts.get(0).id(), attempts.get(1).id(), "a retry keeps the webhook-id");
        assertTrue(attempts.get(1).signatureValid());

        await(() -> log("flaky").getString("deliveries[0].state").equals("delivered"));
        JsonPath log = log("flaky");
        assertEquals(2, log.getInt("deliveries[0].attempts"));
        assertEquals(503, log.getInt("deliveries[0].log[0].status"));
        assertEquals("HTTP 503", log.getString("deliveries[0].log[0].error"));
        assertEquals(200, log.getInt("deliveries[0].log[1].status"));
        assertEquals(null, log.getString("deliveries[0].log[1].error"));
    }

    @Test
    @Order(6)
    void aReceiverThatAnswersGoneGetsNoMoreAttempts() {
        JsonPath log = log("gone");
        long failedBefore = log.getList("deliveries.state").stream()
                .filter("failed"::equals)
                .count();
        RECEIVER.answer("/gone", 410, 410, 410, 410, 410, 410, 410, 410, 410, 410);
        replace("time-zones.md", "Always store instants in UTC", "Store instants in UTC, always");
        importNow();

        await(() -> log("gone").getList("deliveries.state").stream()
                        .filter("failed"::equals)
                        .count()
                > failedBefore);
        JsonPath after = log("gone");
        assertEquals("failed", after.getString("deliveries[0].state"));
        assertEquals(1, after.getInt("deliveries[0].attempts"));
        assertEquals(410, after.getInt("deliveries[0].log[0].status"));
    }

    @Test
    @Order(7)
    void aDeliveryCanBeSentAgain() {
        RECEIVER.answer("/gone");
        JsonPath log = log("gone");
        long id = log.getLong("deliveries[0].id");
        int before = RECEIVER.at("/gone").size();
        given().header("Authorization", ADMIN)
                .post("/api/admin/webhooks/deliveries/" + id + "/retry")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("state", equalTo("pending"))
                .body("id", equalTo((int) id));
        awaitCount("/gone", before + 1);
        await(() -> log("gone").getString("deliveries[0].state").equals("delivered"));
        given().header("Authorization", ADMIN)
                .post("/api/admin/webhooks/deliveries/999999/retry")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @Order(8)
    void theLogChecksItsParametersAndTheToken() {
        given().get("/api/admin/webhooks").then().statusCode(401);
        given().header("Authorization", ADMIN)
                .get("/api/admin/webhooks?limit=0")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().header("Authorization", ADMIN)
                .get("/api/admin/webhooks?state=lost")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("state"));
        given().header("Authorization", ADMIN)
                .get("/api/admin/webhooks?limit=1")
                .then()
                .statusCode(200)
                .body("endpoints.name", equalTo(List.of("flaky", "gone", "site")))
                .body("deliveries.size()", equalTo(1));
    }

    private static JsonPath log(String endpoint) {
        JsonPath all = given().header("Authorization", ADMIN)
                .get("/api/admin/webhooks?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> mine = all.<Map<String, Object>>getList("deliveries").stream()
                .filter(d -> endpoint.equals(d.get("endpoint")))
                .toList();
        return JsonPath.from(toJson(Map.of("deliveries", mine)));
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath importNow() {
        return given().header("Authorization", ADMIN)
                .post("/api/admin/import")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void replace(String file, String from, String to) {
        try {
            Path path = MutableContentProfile.root(Webhooks.class).resolve(file);
            String text = Files.readString(path);
            assertTrue(text.contains(from), from);
            Files.writeString(path, text.replace(from, to));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> slugs(JsonNode posts) {
        return posts.findValuesAsText("slug");
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    private static void awaitCount(String path, int count) {
        await(() -> RECEIVER.at(path).size() >= count);
    }

    /** Waits up to 15 s for a condition: deliveries are asynchronous. */
    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 15 s");
            }
            sleep(100);
        }
    }

    /** Long enough for anything that would still be sent (polls every 200 ms) to arrive. */
    private static void pause() {
        sleep(1500);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
