package io.quire.feed.api;

import static io.quire.feed.api.FeedXml.SITEMAP;
import static io.quire.feed.api.FeedXml.children;
import static io.quire.feed.api.FeedXml.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.SuiteProfile;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Without {@code quire.site.base-url}, links use the request's base URI; {@code quire.feed.size} is
 * the default feed length; a post URL template with {@code {id}}; and more published posts than {@code
 * quire.sitemap.max-urls} make {@code /sitemap.xml} an index.
 */
@QuarkusTest
@TestProfile(FeedDefaultsProfileTest.Profile.class)
class FeedDefaultsProfileTest {

    public static class Profile extends SuiteProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quire.site.base-url", "",
                    "quire.site.title", "Another Title",
                    "quire.site.description", "",
                    "quire.site.post-url-template", "{baseUrl}/blog/{id}/{slug}/",
                    "quire.feed.size", "2",
                    "quire.sitemap.max-urls", "3");
        }
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void linksComeFromTheRequestAndTheFeedHasTheConfiguredLength() {
        given().get("/feed.json")
                .then()
                .statusCode(200)
                .body("title", equalTo("Another Title"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("description")))
                .body("home_page_url", equalTo(base() + "/"))
                .body("feed_url", equalTo(base() + "/feed.json"))
                .body("items.url", contains(base() + "/blog/3/time-zones/", base() + "/blog/2/hello-quarkus/"));
        given().get("/feed.json?size=3").then().body("items.size()", equalTo(3));
        given().get("/robots.txt")
                .then()
                .body(equalTo("User-agent: *\nAllow: /\n\nSitemap: " + base() + "/sitemap.xml\n"));
    }

    @Test
    void withMorePostsThanFitInOneFileTheSitemapIsAnIndex() {
        Element index = FeedXml.parse(given().get("/sitemap.xml")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        assertEquals(SITEMAP, index.getNamespaceURI());
        List<String> parts = children(index, SITEMAP, "sitemap").stream()
                .map(sitemap -> text(sitemap, SITEMAP, "loc"))
                .toList();
        String sitemap = base() + "/sitemap.xml?page=";
        assertEquals(List.of(sitemap + "1", sitemap + "2", sitemap + "3"), parts);

        assertEquals(List.of("time-zones", "hello-quarkus", "testing-with-junit"), slugs("/sitemap.xml?page=1"));
        assertEquals(List.of("caching-in-cpp", "bundle-post", "jekyll-style"), slugs("/sitemap.xml?page=2"));
        assertEquals(List.of("no-front-matter"), slugs("/sitemap.xml?page=3"));
        given().get("/sitemap.xml?page=4").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<String> slugs(String path) {
        Element urlset = FeedXml.parse(
                        given().get(path).then().statusCode(200).extract().asString())
                .getDocumentElement();
        assertEquals("urlset", urlset.getLocalName());
        return children(urlset, SITEMAP, "url").stream()
                .map(url -> text(url, SITEMAP, "loc"))
                .map(loc -> loc.substring(0, loc.length() - 1))
                .map(loc -> loc.substring(loc.lastIndexOf('/') + 1))
                .toList();
    }
}
