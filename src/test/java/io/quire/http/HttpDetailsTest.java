package io.quire.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The details of HTTP that strict clients check: dates, per-coding ETags, Content-Type spellings, odd targets. */
@QuarkusTest
class HttpDetailsTest {

    private static final String IMF_FIXDATE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                    + " \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @TestHTTPResource("/")
    URL root;

    @Test
    void lastModifiedIsAnImfFixdateAndIfModifiedSinceTakesAllThreeForms() {
        String lastModified =
                given().get("/api/posts").then().statusCode(200).extract().header("Last-Modified");
        assertTrue(lastModified.matches(IMF_FIXDATE), lastModified);
        ZonedDateTime at = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US)
                .format(at.withZoneSameInstant(ZoneOffset.UTC));
        String asctime = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
                .format(at.withZoneSameInstant(ZoneOffset.UTC));
        for (String since : new String[] {lastModified, rfc850, asctime}) {
            given().header("If-Modified-Since", since)
                    .get("/api/posts")
                    .then()
                    .statusCode(304)
                    .header("Last-Modified", lastModified);
        }
        String earlier = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
                .format(at.withZoneSameInstant(ZoneOffset.UTC).minusSeconds(1));
        given().header("If-Modified-Since", earlier).get("/api/posts").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/posts?size=2", "/api/posts/time-zones", "/api/tags", "/feed.xml", "/api/sync"})
    void gzipAndIdentityEachHaveTheirOwnStrongEtag(String path) {
        for (int round = 0; round < 2; round++) { // a fresh response, then one from the cache
            Response identity = plain().header("Accept-Encoding", "identity").get(path);
            Response gzip = plain().header("Accept-Encoding", "gzip").get(path);
            identity.then().statusCode(200).header("Content-Encoding", (String) null);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip");
            String identityTag = identity.header("ETag");
            String gzipTag = gzip.header("ETag");
            assertNotEquals(identityTag, gzipTag, path);
            assertTrue(gzipTag.matches("\"[A-Za-z0-9_-]{27}-gzip\""), gzipTag);
            assertEquals(identity.header("Last-Modified"), gzip.header("Last-Modified"));

            plain().header("Accept-Encoding", "gzip")
                    .header("If-None-Match", gzipTag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", gzipTag);
            plain().header("Accept-Encoding", "identity")
                    .header("If-None-Match", identityTag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", identityTag);
            // The other coding's tag names other bytes: the full response.
            plain().header("Accept-Encoding", "identity")
                    .header("If-None-Match", gzipTag)
                    .get(path)
                    .then()
                    .statusCode(200);
            plain().header("Accept-Encoding", "gzip")
                    .header("If-None-Match", identityTag)
                    .get(path)
                    .then()
                    .statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/posts|application/json",
                "/api/posts/time-zones|application/json",
                "/api/tags|application/json",
                "/api/tags/java|application/json",
                "/api/archive|application/json",
                "/api/sync|application/json",
                "/api/search?q=java|application/json",
                "/feed.json|application/feed+json",
                "/feed.xml|application/rss+xml;charset=utf-8",
                "/atom.xml|application/atom+xml;charset=utf-8",
                "/sitemap.xml|application/xml;charset=utf-8",
                "/robots.txt|text/plain;charset=utf-8",
                "/api/posts/nope|application/problem+json",
                "/api/posts?page=0|application/problem+json",
                "/nowhere|application/problem+json",
                "/q/health/live|application/json"
            })
    void oneContentTypeSpellingPerMediaTypeFreshCachedAndHead(String pathAndType) {
        String path = pathAndType.substring(0, pathAndType.indexOf('|'));
        String type = pathAndType.substring(pathAndType.indexOf('|') + 1);
        assertEquals(type, given().get(path).header("Content-Type"), path);
        assertEquals(type, given().get(path).header("Content-Type"), path + " again");
        assertEquals(type, given().head(path).header("Content-Type"), path + " HEAD");
        assertEquals(
                type, plain().header("Accept-Encoding", "identity").get(path).header("Content-Type"), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"|", "{", "}", "^", "\\", "`", "\"", "<", ">", "%", "%zz", "[", "]", "é"})
    void charactersBrowsersSendUnencodedGetARealAnswer(String character) throws IOException {
        for (String target : new String[] {
            "/api/posts?q=a" + character + "b",
            "/api/search?q=deploy" + character,
            "/api/posts?tag=x" + character,
            "/api/posts?page=1" + character,
            "/api/posts/time" + character + "zones",
            "/api/tags/" + character,
            "/api/posts?" + character + "=1"
        }) {
            String response = rawGet(target);
            String status = response.substring(0, response.indexOf("\r\n"));
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            if (status.contains(" 200 ")) {
                assertTrue(body.startsWith("{") || body.startsWith("["), target + ": " + body);
            } else {
                assertTrue(status.contains(" 400 ") || status.contains(" 404 "), target + ": " + status);
                assertTrue(
                        response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), target);
                assertTrue(body.contains("\"status\":"), target + ": " + body);
            }
        }
        // Read as if encoded: '|' is the search syntax's "or".
        if (character.equals("|")) {
            String encoded = given().urlEncodingEnabled(false)
                    .get("/api/search?q=quarkus%7Cjunit&fields=slug")
                    .asString();
            String body = rawGet("/api/search?q=quarkus|junit&fields=slug");
            assertEquals(encoded, body.substring(body.indexOf("\r\n\r\n") + 4));
        }
    }

    @Test
    void aBadPageIsAProblemEvenWithAnOddCharacter() throws IOException {
        String response = rawGet("/api/posts?page=1|2");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("\"field\":\"page\""), response);
    }

    @Test
    void syncBytesAndEtagStayWhileTheContentDoes() {
        Response first = plain().get("/api/sync");
        Response second = plain().get("/api/sync?token=");
        Response third = plain().get("/api/sync");
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.asString(), third.asString());
        String next = first.jsonPath().getString("nextToken");
        Response incremental = plain().get("/api/sync?token=" + next);
        incremental.then().body("items.size()", equalTo(0)).body("deleted.size()", equalTo(0));
        assertEquals(
                incremental.jsonPath().getString("nextToken"),
                plain().get("/api/sync?token=" + next).jsonPath().getString("nextToken"));
        given().get("/api/sync").then().header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}(-gzip)?\""));
    }

    /** Responses as sent: no content decoding by the client. */
    private static RequestSpecification plain() {
        return given().config(RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    /** A GET with the target exactly as given, as a browser's address bar may send it. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
