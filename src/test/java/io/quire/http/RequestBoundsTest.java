package io.quire.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a request may carry, and what it may cost: unknown parameters are refused (so they cannot make
 * new cache entries), the cache-buster is ignored, and the response cache weighs everything it keeps.
 */
@QuarkusTest
class RequestBoundsTest {

    @Inject
    ResponseCache cache;

    @Test
    void anUnknownParameterIsA400NamingItAndWhatTheEndpointTakes() {
        given().get("/api/posts?tags=java&size=2&limit=5")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("tags"))
                .body(
                        "errors[0].message",
                        equalTo("is not a parameter of this endpoint, which takes excludeTag, featured, fields, from,"
                                + " lang, month, page, preview, q, size, sort, tag, to, year"))
                .body("errors[1].field", equalTo("limit"));
        given().get("/api/tags?order=name")
                .then()
                .statusCode(400)
                .body(
                        "errors[0].message",
                        equalTo("is not a parameter of this endpoint, which takes lang, preview, sort"));
        given().get("/api/tags/java?x=1")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("is not a parameter of this endpoint, which takes lang, preview"));
        given().get("/api/posts/time-zones?includes=markdown")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("includes"));
        given().get("/api/sync?since=1").then().statusCode(400).body("errors[0].field", equalTo("since"));
        // names in any case and parameters after a ';' are what the REST layer binds, so they count
        given().get("/api/posts?SIZE=1&Tag=java").then().statusCode(200).body("items", hasSize(1));
        given().urlEncodingEnabled(false)
                .get("/api/posts?size=1;limit=5")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theCacheBusterIsIgnoredAndServedFromTheSameCacheEntry() {
        Response first = given().get("/api/posts?size=2&_=1");
        Response busted = given().get("/api/posts?size=2&_=" + System.nanoTime());
        first.then().statusCode(200);
        assertEquals(first.asString(), busted.asString());
        assertEquals(first.header("ETag"), busted.header("ETag"));
        assertTrue(fromResponseCache(busted), "served by the response cache: " + busted.headers());
        List<String> links = busted.headers().getValues("Link");
        assertFalse(links.isEmpty());
        assertTrue(links.stream().noneMatch(link -> link.contains("_=")), links.toString());
    }

    @Test
    void feedsIgnoreParametersTheyDoNotKnowAndKeepThemOutOfTheCacheKey() {
        Response first = given().get("/feed.xml?utm_source=newsletter&tag=java");
        Response second = given().get("/feed.xml?utm_source=" + System.nanoTime() + "&tag=java");
        first.then().statusCode(200);
        assertEquals(first.asString(), second.asString());
        assertTrue(fromResponseCache(second), "served by the response cache: " + second.headers());
    }

    @Test
    void theCacheKeyDropsOnlyWhatNoResponseDependsOn() {
        assertEquals("/api/posts?size=2", cache.canonicalUri("/api/posts?size=2&_=123"));
        assertEquals("/api/posts?size=2", cache.canonicalUri("/api/posts?_=1&size=2&%5F=2"));
        assertEquals("/api/posts?size=2&__=1", cache.canonicalUri("/api/posts?size=2&__=1"));
        assertEquals("/api/posts?q=a_b", cache.canonicalUri("/api/posts?q=a_b"));
        // names read as the REST layer reads them: decoded, in any case, separated by & or ;
        assertEquals(
                "/feed.xml?tag=java&%74ag=c&TAG=d",
                cache.canonicalUri("/feed.xml?utm_source=x&tag=java&%74ag=c&%25zz=1&TAG=d"));
        assertEquals("/feed.xml?tag=java", cache.canonicalUri("/feed.xml?utm_source=x;tag=java"));
        // a parameter a feed refuses is kept: the fresh answer is a 400, never a cached feed
        assertEquals("/feed.xml?q=x", cache.canonicalUri("/feed.xml?q=x&ref=y"));
        assertEquals("/sitemap.xml?page=2", cache.canonicalUri("/sitemap.xml?page=2&ref=crawler"));
    }

    @Test
    void aHostHeaderThatIsNoHostIsRefused() {
        for (String host : List.of("h".repeat(300), "h".repeat(7000))) {
            given().header("Host", host)
                    .get("/api/posts?size=1")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("The Host header is not a host name or address with an optional port."));
        }
        // Vert.x refuses these itself, before the REST layer; the answer is still a problem.
        for (String host : List.of("evil.example/path", "a b", "example.com:80:80")) {
            given().header("Host", host)
                    .get("/api/posts?size=1")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Bad Request"))
                    .body("detail", equalTo("The request is malformed (its Host header, for example)."));
        }
        for (String host : List.of("blog.example.com", "localhost:8080", "127.0.0.1:9", "[::1]:8080", "my_host")) {
            given().header("Host", host).get("/api/posts?size=1").then().statusCode(200);
        }
    }

    @Test
    void theCacheWeighsKeysAndHeadersNotOnlyBodies() {
        CachedResponse small =
                CachedResponse.of("application/json", new byte[100], "\"e\"", Instant.EPOCH, Map.of(), false);
        CachedResponse linked = CachedResponse.of(
                "application/json",
                new byte[100],
                "\"e\"",
                Instant.EPOCH,
                Map.of("Link", List.of("<" + "h".repeat(7000) + ">; rel=\"next\"")),
                false);
        // with the gzip body (kept for clients that accept it), that body is weighed too
        CachedResponse gzipped =
                CachedResponse.of("application/json", new byte[100], "\"e\"", Instant.EPOCH, Map.of(), true);
        assertTrue(gzipped.weight() > small.weight(), String.valueOf(gzipped.weight()));
        assertTrue(small.weight() >= 100 + CachedResponse.OVERHEAD, String.valueOf(small.weight()));
        assertTrue(linked.weight() >= small.weight() + 14_000, String.valueOf(linked.weight()));
        ResponseCache.Key key = new ResponseCache.Key(1, "h".repeat(7000), "/api/posts?q=" + "x".repeat(3500));
        assertTrue(key.weight() >= 21_000, String.valueOf(key.weight()));
    }

    /** The response cache's route writes header names in lower case; the REST layer does not. */
    private static boolean fromResponseCache(Response response) {
        return response.headers().asList().stream().map(Header::getName).anyMatch("etag"::equals);
    }
}
