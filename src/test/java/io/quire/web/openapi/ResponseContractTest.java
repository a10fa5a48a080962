package io.quire.web.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.ContractContentProfile;
import io.quire.support.ContractDocument;
import io.quire.support.ContractDocument.Operation;
import io.quire.support.GoldenJson;
import io.quire.support.MutableContentProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OpenAPI document is true: every response the API gives (the golden fixtures, and live responses
 * of every operation with every status it declares) is declared by its operation, with a body whose
 * every field validates against the declared schema and the headers it declares.
 */
@QuarkusTest
@TestProfile(ContractContentProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponseContractTest {

    private static final String ADMIN = "Bearer " + MutableContentProfile.ADMIN_TOKEN;
    private static final String PREVIEW = MutableContentProfile.PREVIEW_TOKEN;
    /** q1.1.1000.1.1000.0: a token from 1970, older than any retention. */
    /** The content-hashed URL of the fixture's only asset (SHA-256 of bundle-post/diagram.svg). */
    private static final String DIAGRAM = "/assets/605aa4adc715f91d/bundle-post/diagram.svg";

    private static final String ANCIENT_TOKEN = "cTEuMS4xMDAwLjEuMTAwMC4w";

    /**
     * Declared statuses that these requests do not provoke, and why that is fine: the admin API is on in
     * this profile and an import has run at startup; an import in progress (409) and a database that
     * refuses an import (503) are provoked and checked in ImportFaultsTest.
     */
    private static final Set<String> NOT_PROVOKED = Set.of(
            "runImport 404",
            "getLastImport 404",
            "getWebhookLog 404",
            "runImport 409",
            "runImport 503",
            // a delivery to send again needs a webhook endpoint: WebhookDeliveryTest checks that answer
            "retryWebhookDelivery 200");

    private static ContractDocument contract;
    private static final Map<String, Set<String>> SEEN = new TreeMap<>();

    @BeforeEach
    void readTheDocument() {
        if (contract == null) {
            contract = ContractDocument.served();
        }
    }

    @Test
    @Order(1)
    void everyFieldOfEveryGoldenFixtureValidatesAgainstItsSchema() {
        Map<String, String[]> fixtures = Map.of(
                "posts-default.json", new String[] {"GET", "/api/posts"},
                "posts-page2-size3.json", new String[] {"GET", "/api/posts"},
                "posts-tag-and.json", new String[] {"GET", "/api/posts"},
                "post-time-zones.json", new String[] {"GET", "/api/posts/time-zones"},
                "post-bundle-markdown.json", new String[] {"GET", "/api/posts/bundle-post"},
                "post-no-front-matter.json", new String[] {"GET", "/api/posts/no-front-matter"},
                "tags.json", new String[] {"GET", "/api/tags"});
        List<String> problems = new ArrayList<>();
        fixtures.forEach((fixture, request) -> {
            Operation operation = contract.operation(request[0], request[1]).orElseThrow();
            JsonNode body = GoldenJson.read(fixture);
            problems.addAll(prefixed(fixture, contract.validate(jsonSchema(operation, 200), body, null)));
            problems.addAll(prefixed(fixture, postExtras(operation, body)));
        });
        Operation list = contract.operation("GET", "/api/posts").orElseThrow();
        problems.addAll(prefixed(
                "posts-fields.json",
                contract.validate(
                        jsonSchema(list, 200),
                        GoldenJson.read("posts-fields.json"),
                        Set.of("slug", "series", "tags"))));
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(2)
    void everyLiveResponseIsDeclaredWithItsBodyAndHeaders() {
        List<String> problems = new ArrayList<>();
        for (Exchange exchange : exchanges()) {
            problems.addAll(check(exchange));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @Order(3)
    void aSyncThatReportsADeletionMatchesTheDocument() throws IOException {
        String token = given().get("/api/sync").then().statusCode(200).extract().path("nextToken");
        Files.delete(ContractContentProfile.ROOT.resolve(ContractContentProfile.DELETABLE + ".md"));
        given().header("Authorization", ADMIN).post("/api/admin/import").then().statusCode(200);

        Response sync = given().queryParam("token", token).get("/api/sync");
        sync.then().statusCode(200);
        assertEquals(4242, sync.jsonPath().getInt("deleted[0].id"));
        assertEquals(List.of(), check(new Exchange("GET", "/api/sync?token=" + token, Map.of(), 200, null)));
    }

    @Test
    @Order(4)
    void everyOperationAndEveryStatusItDeclaresWasSeen() {
        List<String> missing = new ArrayList<>();
        contract.document()
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    String id = method.getValue().path("operationId").asText();
                    method.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                        if (!status.equals("default")
                                && !SEEN.getOrDefault(id, Set.of()).contains(status)
                                && !NOT_PROVOKED.contains(id + " " + status)) {
                            missing.add(id + " " + status);
                        }
                    });
                }));
        assertEquals(List.of(), missing, "declared statuses never seen; seen: " + SEEN);
    }

    @Test
    void theValidatorRejectsWhatTheDocumentForbids() {
        Operation list = contract.operation("GET", "/api/posts").orElseThrow();
        JsonNode page = GoldenJson.read("posts-default.json");
        ((ObjectNode) page.get("items").get(0)).remove("title");
        ((ObjectNode) page.get("items").get(1)).put("excerpt", 5);
        ((ObjectNode) page.get("items").get(2)).putNull("slug");
        List<String> problems = contract.validate(jsonSchema(list, 200), page, null);
        assertTrue(problems.stream().anyMatch(p -> p.contains("/items/0") && p.contains("title")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/items/1/excerpt")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/items/2/slug")), problems::toString);

        Operation tags = contract.operation("GET", "/api/tags").orElseThrow();
        JsonNode counts = ContractDocument.read("[{\"slug\":\"a\",\"name\":\"A\",\"count\":1,\"extra\":true}]");
        assertFalse(contract.validate(jsonSchema(tags, 200), counts, null).isEmpty(), "unknown property passes");

        JsonNode post = GoldenJson.read("post-time-zones.json");
        ((ObjectNode) post).put("author", "Someone Else");
        assertFalse(postExtras(contract.operation("GET", "/api/posts/x").orElseThrow(), post)
                .isEmpty());
    }

    /** The requests: every operation, every status it declares, the corners of the contract content. */
    private static List<Exchange> exchanges() {
        List<Exchange> exchanges = new ArrayList<>();
        Map<String, String> none = Map.of();
        Map<String, String> admin = Map.of("Authorization", ADMIN);
        for (String path : List.of(
                "/api/posts",
                "/api/posts?size=2&page=2",
                "/api/posts?tag=java&excludeTag=testing&sort=title",
                "/api/posts?preview=" + PREVIEW,
                "/api/posts/time-zones",
                "/api/posts/hello-quarkus?include=markdown",
                "/api/posts/intro",
                "/api/posts/string-id",
                "/api/posts/no-front-matter",
                "/api/posts/some-draft?preview=" + PREVIEW,
                "/api/tags",
                "/api/tags?sort=name",
                "/api/tags/java",
                "/api/tags/java/posts?size=2",
                "/api/search?q=java",
                "/api/search?q=quarkus&tag=java&size=1",
                "/api/archive",
                "/api/sync",
                "/feed.xml",
                "/atom.xml?tag=java",
                "/feed.json",
                "/sitemap.xml",
                "/robots.txt",
                DIAGRAM,
                "/assets/bundle-post/diagram.svg")) {
            exchanges.add(new Exchange("GET", path, none, 200, null));
        }
        exchanges.add(new Exchange("GET", DIAGRAM, Map.of("Range", "bytes=0-9"), 206, null));
        exchanges.add(new Exchange("GET", "/assets/bundle-post/diagram.svg", Map.of("Range", "bytes=-5"), 206, null));
        exchanges.add(new Exchange("GET", "/assets/0000000000000000/bundle-post/diagram.svg", none, 302, null));
        exchanges.add(new Exchange("GET", DIAGRAM, Map.of("Range", "bytes=100000-"), 416, null));
        exchanges.add(
                new Exchange("GET", "/assets/bundle-post/diagram.svg", Map.of("Range", "bytes=100000-"), 416, null));
        exchanges.add(new Exchange("GET", DIAGRAM + "?preview=wrong", none, 401, null));
        exchanges.add(new Exchange("GET", "/assets/bundle-post/diagram.svg?preview=wrong", none, 401, null));
        exchanges.add(new Exchange("GET", "/assets/0000000000000000/bundle-post/index.md", none, 404, null));
        exchanges.add(new Exchange("GET", "/assets/bundle-post/index.md", none, 404, null));
        exchanges.add(new Exchange("GET", "/api/posts/intro", Map.of("Authorization", "Bearer " + PREVIEW), 200, null));
        exchanges.add(new Exchange(
                "GET",
                "/api/posts?fields=slug,series,frontMatter",
                none,
                200,
                Set.of("slug", "series", "frontMatter")));
        exchanges.add(new Exchange("GET", "/api/tags/java/posts?fields=id,title", none, 200, Set.of("id", "title")));
        exchanges.add(new Exchange("GET", "/api/search?q=java&fields=slug", none, 200, Set.of("slug")));
        exchanges.add(new Exchange("GET", "/api/admin/import", admin, 200, null));
        exchanges.add(new Exchange("POST", "/api/admin/import?dryRun=true", admin, 200, null));
        exchanges.add(new Exchange("GET", "/api/admin/webhooks", admin, 200, null));
        exchanges.add(new Exchange("GET", "/api/admin/webhooks?limit=0", admin, 400, null));
        exchanges.add(new Exchange("GET", "/api/admin/webhooks", none, 401, null));
        exchanges.add(new Exchange(
                "POST", "/api/admin/webhooks/deliveries/1/retry", Map.of("Authorization", "Bearer wrong"), 401, null));
        exchanges.add(new Exchange("POST", "/api/admin/webhooks/deliveries/1/retry", admin, 404, null));
        exchanges.add(new Exchange(
                "POST",
                "/api/admin/webhooks/deliveries/1/retry",
                Map.of("Authorization", ADMIN, "Accept", "text/html"),
                406,
                null));

        exchanges.add(new Exchange("GET", "/api/posts/old-hello", none, 301, null));
        for (String path : List.of(
                "/api/posts?page=0&month=13",
                "/api/posts/time-zones?include=html",
                "/api/tags?sort=newest",
                "/api/tags/java?lang=english",
                "/api/tags/java/posts?size=1000",
                "/api/archive?lang=e",
                "/api/posts/time-zones?lang=x_y_z",
                "/api/search",
                "/api/search?q=java&sort=best",
                "/api/sync?token=nonsense",
                "/feed.xml?q=java",
                "/atom.xml?fields=slug",
                "/feed.json?sort=title",
                "/sitemap.xml?page=first")) {
            exchanges.add(new Exchange("GET", path, none, 400, null));
        }
        exchanges.add(new Exchange("POST", "/api/admin/import?dryRun=maybe", admin, 400, null));
        for (String path : List.of(
                "/api/posts?preview=wrong",
                "/api/posts/time-zones?preview=wrong",
                "/api/tags/java/posts?preview=wrong",
                "/api/search?q=java&preview=wrong",
                "/api/tags?preview=wrong",
                "/api/tags/java?preview=wrong",
                "/api/archive?preview=wrong",
                "/feed.xml?preview=wrong",
                "/atom.xml?preview=wrong",
                "/feed.json?preview=wrong")) {
            exchanges.add(new Exchange("GET", path, none, 401, null));
        }
        exchanges.add(new Exchange("GET", "/api/admin/import", none, 401, null));
        exchanges.add(new Exchange("POST", "/api/admin/import", Map.of("Authorization", "Bearer wrong"), 401, null));
        for (String path : List.of(
                "/api/posts/no-such-post",
                "/api/posts/some-draft",
                "/api/tags/no-such-tag",
                "/api/tags/no-such-tag/posts",
                "/sitemap.xml?page=2")) {
            exchanges.add(new Exchange("GET", path, none, 404, null));
        }
        exchanges.add(new Exchange(
                "POST",
                "/api/admin/import?dryRun=true",
                Map.of("Authorization", ADMIN, "Accept", "text/html"),
                406,
                null));
        exchanges.add(new Exchange("GET", "/api/sync?token=" + ANCIENT_TOKEN, none, 410, null));
        exchanges.add(new Exchange("DELETE", "/api/posts", none, 405, null));
        return exchanges;
    }

    private List<String> check(Exchange exchange) {
        List<String> problems = new ArrayList<>(checkOne(exchange));
        if (exchange.status() == 200 && exchange.method().equals("GET")) {
            // The same request with the ETag it got: 304. And with an Accept that admits no JSON: 406.
            String etag = send(exchange).header("ETag");
            Map<String, String> conditional = new HashMap<>(exchange.headers());
            conditional.put("If-None-Match", etag);
            problems.addAll(checkOne(new Exchange("GET", exchange.path(), conditional, 304, null)));
            Operation operation = contract.operation("GET", exchange.path()).orElseThrow();
            if (contract.declaredResponse(operation, 200)
                    .orElseThrow()
                    .path("content")
                    .has("application/json")) {
                Map<String, String> html = new HashMap<>(exchange.headers());
                html.put("Accept", "text/html");
                problems.addAll(checkOne(new Exchange("GET", exchange.path(), html, 406, null)));
            }
        }
        return problems;
    }

    private List<String> checkOne(Exchange exchange) {
        String where = exchange.method() + " " + exchange.path() + " "
                + exchange.headers().keySet() + ": ";
        Response response = send(exchange);
        if (response.statusCode() != exchange.status()) {
            return List.of(where + "expected " + exchange.status() + ", got " + response.statusCode() + " "
                    + response.asString());
        }
        Operation operation =
                contract.operation(exchange.method(), exchange.path()).orElse(null);
        if (operation == null) {
            // A method the path does not have: only its 405 problem can be checked, against a sibling's default.
            Operation sibling = contract.operation("GET", exchange.path()).orElseThrow();
            JsonNode declared = contract.defaultResponse(sibling).orElseThrow();
            return prefixed(where, body(declared, response, null));
        }
        SEEN.computeIfAbsent(operation.id(), id -> new TreeSet<>()).add(String.valueOf(exchange.status()));
        JsonNode declared =
                contract.declaredResponse(operation, exchange.status()).orElse(null);
        if (declared == null) {
            return List.of(where + operation.id() + " does not declare " + exchange.status());
        }
        List<String> problems = new ArrayList<>();
        problems.addAll(
                contract.validateHeaders(declared, name -> response.headers().getValues(name)));
        problems.addAll(body(declared, response, exchange.fields()));
        if (exchange.status() == 200 && exchange.fields() == null && isJson(response)) {
            problems.addAll(postExtras(operation, ContractDocument.read(response.asString())));
        }
        return prefixed(where, problems);
    }

    private static List<String> body(JsonNode declared, Response response, Set<String> fields) {
        JsonNode content = declared.path("content");
        String body = response.asString();
        if (content.isMissingNode() || content.isEmpty()) {
            return body.isEmpty() ? List.of() : List.of("a body where none is declared: " + body);
        }
        String mediaType = mediaType(response.contentType());
        JsonNode media = content.get(mediaType);
        if (media == null && mediaType.indexOf('/') > 0) {
            // a media range declares a family of types (the assets: image/*, video/*, ...)
            media = content.get(mediaType.substring(0, mediaType.indexOf('/')) + "/*");
        }
        if (media == null) {
            return List.of("content type " + mediaType + " is not declared ("
                    + content.fieldNames().next() + ")");
        }
        if (!mediaType.endsWith("json")) {
            return body.isEmpty() ? List.of("an empty " + mediaType + " body") : List.of();
        }
        return contract.validate(media.get("schema"), ContractDocument.read(body), fields);
    }

    /** The post objects of a 200 body, checked against their schemas' rule for other keys. */
    private static List<String> postExtras(Operation operation, JsonNode body) {
        List<String> problems = new ArrayList<>();
        switch (operation.id()) {
            case "listPosts", "listTagPosts" ->
                body.path("items").forEach(post -> problems.addAll(contract.postExtras("PostSummary", post)));
            case "searchPosts" ->
                body.path("items")
                        .forEach(hit -> problems.addAll(contract.postExtras("PostSummary", hit.path("post"))));
            case "getPost" -> problems.addAll(contract.postExtras("PostDetail", body));
            case "syncPosts" ->
                body.path("items").forEach(post -> problems.addAll(contract.postExtras("PostContent", post)));
            default -> {}
        }
        return problems;
    }

    private static JsonNode jsonSchema(Operation operation, int status) {
        return contract.declaredResponse(operation, status)
                .orElseThrow()
                .path("content")
                .path("application/json")
                .path("schema");
    }

    private static Response send(Exchange exchange) {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(false);
        exchange.headers().forEach(request::header);
        return request.request(exchange.method(), exchange.path());
    }

    private static boolean isJson(Response response) {
        return mediaType(response.contentType()).equals("application/json");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> prefixed(String where, List<String> problems) {
        return problems.stream().map(problem -> where + ": " + problem).toList();
    }

    /**
     * One request and the status it must get.
     *
     * @param fields the {@code fields=} of the request, or null
     */
    record Exchange(String method, String path, Map<String, String> headers, int status, Set<String> fields) {}
}
