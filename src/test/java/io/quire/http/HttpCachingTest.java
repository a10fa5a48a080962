package io.quire.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validators, revalidation and Cache-Control on public GETs, fresh and from the response cache. */
@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/posts",
                "/api/posts/time-zones",
                "/api/tags",
                "/api/tags/java/posts?size=2",
                "/feed.xml",
                "/sitemap.xml"
            })
    void everyPublicGetHasStrongValidatorsAndRevalidates(String path) {
        Response first = given().get(path);
        first.then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{27}(-gzip)?\""))
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300, stale-if-error=86400")
                .header("Vary", "Accept-Encoding, Origin");
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");

        Response cached = given().get(path);
        assertEquals(etag, cached.header("ETag"));
        assertEquals(lastModified, cached.header("Last-Modified"));
        assertEquals(first.asString(), cached.asString());
        assertEquals(first.header("Content-Type"), cached.header("Content-Type"));

        given().header("If-None-Match", etag).get(path).then().statusCode(304).body(equalTo(""));
        given().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\", " + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .get(path)
                .then()
                .statusCode(200);
        given().header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
        given().header("If-None-Match", etag).head(path).then().statusCode(304);
    }

    @Test
    void listHeadersComeBackFromTheCacheToo() {
        Response first = given().get("/api/posts?size=3");
        Response cached = given().get("/api/posts?size=3");
        assertEquals(first.headers().getValues("Link"), cached.headers().getValues("Link"));
        assertEquals("7", cached.header("X-Total-Count"));
    }

    @Test
    void gzipWhenTheClientAcceptsIt() {
        given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .get("/api/posts")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void errorsAreNotCachedAsContent() {
        given().get("/api/posts/nope").then().statusCode(404).header("ETag", (String) null);
    }

    @Test
    void aCachedResponseIsNotServedToAClientThatAcceptsNoneOfItsType() {
        given().get("/api/tags?sort=name").then().statusCode(200);
        given().header("Accept", "text/html")
                .get("/api/tags?sort=name")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        given().header("Accept", "text/html, application/json;q=0.5")
                .get("/api/tags?sort=name")
                .then()
                .statusCode(200);
        given().header("Accept", "application/*")
                .get("/api/tags?sort=name")
                .then()
                .statusCode(200);
    }
}
