package io.quire.feed.api;

import static io.quire.feed.api.FeedXml.SITEMAP;
import static io.quire.feed.api.FeedXml.children;
import static io.quire.feed.api.FeedXml.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.GoldenText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code /sitemap.xml} and {@code /robots.txt} over the fixture content root. */
@QuarkusTest
class SitemapApiTest {

    @Test
    void theSitemapIsExactlyTheGoldenDocument() {
        String body = given().get("/sitemap.xml")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/xml;charset=utf-8")
                .extract()
                .asString();
        GoldenText.assertMatches("sitemap.xml", body);
    }

    @Test
    void theSitemapListsEveryPublishedPostAndNothingElse() {
        Element urlset = FeedXml.parse(given().get("/sitemap.xml").asString()).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<String> locations = children(urlset, SITEMAP, "url").stream()
                .map(url -> text(url, SITEMAP, "loc"))
                .toList();
        String posts = "https://blog.example.com/posts/";
        // Undated posts are published too: they are in the sitemap (without lastmod), unlike in feeds.
        assertEquals(
                List.of(
                        posts + "time-zones",
                        posts + "hello-quarkus",
                        posts + "testing-with-junit",
                        posts + "caching-in-cpp",
                        posts + "bundle-post",
                        posts + "jekyll-style",
                        posts + "no-front-matter"),
                locations);
        List<Element> urls = children(urlset, SITEMAP, "url");
        assertEquals("2025-02-28T12:32:00Z", text(urls.get(0), SITEMAP, "lastmod"));
        assertEquals("2025-01-15", text(urls.get(1), SITEMAP, "lastmod"));
        // bundle-post: its lastmod (2024-09-01T10:00:00Z) is later than its date.
        assertEquals("2024-09-01T10:00:00Z", text(urls.get(4), SITEMAP, "lastmod"));
        assertEquals(0, children(urls.get(6), SITEMAP, "lastmod").size());
    }

    @Test
    void oneSitemapFileHasNoOtherPages() {
        given().get("/sitemap.xml?page=1").then().statusCode(200).body(equalTo(GoldenText.read("sitemap.xml")));
        given().get("/sitemap.xml?page=2")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("The sitemap has 1 page(s); there is no page 2."));
        for (String bad : List.of("0", "-1", "x", "1.5", "99999999999")) {
            given().queryParam("page", bad)
                    .get("/sitemap.xml")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
        }
        given().get("/sitemap.xml?page=1&page=1")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must be given at most once"));
    }

    @Test
    void robotsAllowsEverythingAndNamesTheSitemap() {
        given().get("/robots.txt")
                .then()
                .statusCode(200)
                .header("Content-Type", "text/plain;charset=utf-8")
                .body(equalTo("User-agent: *\nAllow: /\n\nSitemap: https://blog.example.com/sitemap.xml\n"));
    }

    @Test
    void headWorks() {
        given().head("/sitemap.xml")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/xml;charset=utf-8")
                .body(equalTo(""));
        given().head("/robots.txt").then().statusCode(200).body(equalTo(""));
    }
}
