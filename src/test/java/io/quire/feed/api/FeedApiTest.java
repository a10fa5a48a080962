package io.quire.feed.api;

import static io.quire.feed.api.FeedXml.ATOM;
import static io.quire.feed.api.FeedXml.CONTENT;
import static io.quire.feed.api.FeedXml.children;
import static io.quire.feed.api.FeedXml.one;
import static io.quire.feed.api.FeedXml.text;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quire.support.GoldenText;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** {@code /feed.xml}, {@code /atom.xml} and {@code /feed.json} over the fixture content root. */
@QuarkusTest
class FeedApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POSTS = "https://blog.example.com/posts/";

    /** Every published post with a date, newest first; no-front-matter (no date) is published but not in feeds. */
    private static final List<String> ALL_DATED = List.of(
            POSTS + "time-zones",
            POSTS + "hello-quarkus",
            POSTS + "testing-with-junit",
            POSTS + "caching-in-cpp",
            POSTS + "bundle-post",
            POSTS + "jekyll-style");

    /** Titles of posts that must never be in a feed: drafts, scheduled, expired, hidden, undated. */
    private static final List<String> NEVER = List.of(
            "Draft Post",
            "Unpublished Post",
            "A Post From the Future",
            "Expired Notice",
            "Some Draft",
            "Secret",
            "Site Section",
            "Notes Without Front Matter");

    @Test
    void rssOfATagIsExactlyTheGoldenDocument() {
        String body = given().get("/feed.xml?tag=testing")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/rss+xml;charset=utf-8")
                .extract()
                .asString();
        GoldenText.assertMatches("rss-tag-testing.xml", body);
        FeedXml.parse(body);
    }

    @Test
    void atomOfATagIsExactlyTheGoldenDocument() {
        String body = given().get("/atom.xml?tag=testing")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/atom+xml;charset=utf-8")
                .extract()
                .asString();
        GoldenText.assertMatches("atom-tag-testing.xml", body);
        FeedXml.parse(body);
    }

    @Test
    void jsonFeedOfATagIsExactlyTheGoldenDocument() throws Exception {
        String body = given().get("/feed.json?tag=testing")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/feed+json")
                .extract()
                .asString();
        // Compared pretty-printed (key order kept), so that the golden file can be read.
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body)) + "\n";
        GoldenText.assertMatches("feed-tag-testing.json", pretty);
    }

    @Test
    void rssHasTheRequiredElementsAndOnlyPublishedDatedPostsNewestFirst() {
        String body = given().get("/feed.xml").then().statusCode(200).extract().asString();
        Element rss = FeedXml.parse(body).getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        Element channel = one(rss, null, "channel");
        assertEquals("Quire Test Blog", text(channel, null, "title"));
        assertEquals("https://blog.example.com/", text(channel, null, "link"));
        assertEquals("Posts of the Quire test fixtures", text(channel, null, "description"));
        Element self = one(channel, ATOM, "link");
        assertEquals("self", self.getAttribute("rel"));
        assertEquals("https://blog.example.com/feed.xml", self.getAttribute("href"));
        assertEquals("application/rss+xml", self.getAttribute("type"));
        List<String> links = new ArrayList<>();
        for (Element item : children(channel, null, "item")) {
            links.add(text(item, null, "link"));
            assertFalse(text(item, null, "title").isBlank());
            Element guid = one(item, null, "guid");
            assertEquals("false", guid.getAttribute("isPermaLink"));
            assertTrue(guid.getTextContent().startsWith("urn:quire:post:"), guid.getTextContent());
            ZonedDateTime.parse(text(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
            assertFalse(text(item, null, "description").isBlank());
            assertTrue(text(item, CONTENT, "encoded").startsWith("<p>"));
        }
        assertEquals(ALL_DATED, links);
        assertEquals(
                "Fri, 28 Feb 2025 12:32:00 GMT",
                text(children(channel, null, "item").get(0), null, "pubDate"));
        assertNeverListed(body);
    }

    @Test
    void atomHasTheRequiredElementsAndOnlyPublishedDatedPostsNewestFirst() {
        String body = given().get("/atom.xml").then().statusCode(200).extract().asString();
        Element feed = FeedXml.parse(body).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("https://blog.example.com/atom.xml", text(feed, ATOM, "id"));
        assertEquals("Quire Test Blog", text(feed, ATOM, "title"));
        // The newest change of any post: time-zones' date (bundle-post's lastmod is older).
        assertEquals("2025-02-28T12:32:00Z", text(feed, ATOM, "updated"));
        List<String> rels = children(feed, ATOM, "link").stream()
                .map(link -> link.getAttribute("rel") + " " + link.getAttribute("href"))
                .toList();
        assertEquals(List.of("self https://blog.example.com/atom.xml", "alternate https://blog.example.com/"), rels);
        assertEquals("Quire Test Blog", text(one(feed, ATOM, "author"), ATOM, "name"));
        List<String> links = new ArrayList<>();
        for (Element entry : children(feed, ATOM, "entry")) {
            links.add(one(entry, ATOM, "link").getAttribute("href"));
            assertTrue(text(entry, ATOM, "id").startsWith("urn:quire:post:"));
            assertFalse(text(entry, ATOM, "title").isBlank());
            ZonedDateTime.parse(text(entry, ATOM, "published"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            ZonedDateTime.parse(text(entry, ATOM, "updated"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            assertFalse(text(entry, ATOM, "summary").isBlank());
            assertEquals("html", one(entry, ATOM, "content").getAttribute("type"));
            assertFalse(children(entry, ATOM, "category").isEmpty());
        }
        assertEquals(ALL_DATED, links);
        assertNeverListed(body);
    }

    @Test
    void jsonFeedHasTheRequiredMembersAndOnlyPublishedDatedPostsNewestFirst() throws Exception {
        String body = given().get("/feed.json").then().statusCode(200).extract().asString();
        JsonNode feed = JSON.readTree(body);
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("Quire Test Blog", feed.get("title").asText());
        assertEquals("https://blog.example.com/", feed.get("home_page_url").asText());
        assertEquals("https://blog.example.com/feed.json", feed.get("feed_url").asText());
        List<String> urls = new ArrayList<>();
        for (JsonNode item : feed.get("items")) {
            urls.add(item.get("url").asText());
            for (String member : List.of("id", "title", "content_html", "summary", "date_published")) {
                assertTrue(item.hasNonNull(member), member + " in " + item);
            }
        }
        assertEquals(ALL_DATED, urls);
        assertNeverListed(body);
    }

    @Test
    void theListFiltersApply() {
        given().get("/feed.json?excludeTag=java")
                .then()
                .body("items.url", contains(POSTS + "time-zones", POSTS + "caching-in-cpp"));
        given().get("/feed.json?featured=true").then().body("items.url", contains(POSTS + "hello-quarkus"));
        given().get("/feed.json?year=2024")
                .then()
                .body("items.url", contains(POSTS + "caching-in-cpp", POSTS + "bundle-post", POSTS + "jekyll-style"));
        given().get("/feed.json?from=2024-08-20&to=2025-01-15")
                .then()
                .body(
                        "items.url",
                        contains(
                                POSTS + "hello-quarkus",
                                POSTS + "testing-with-junit",
                                POSTS + "caching-in-cpp",
                                POSTS + "bundle-post"));
        given().get("/feed.json?q=mutex").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().get("/feed.json?tag=java&tag=TESTING")
                .then()
                .body("items.url", contains(POSTS + "testing-with-junit", POSTS + "bundle-post"));
        given().get("/feed.json?tag=no-such-tag").then().statusCode(200).body("items.size()", equalTo(0));
        // sort=-date is what feeds do anyway, so it is accepted.
        given().get("/feed.json?sort=-date&size=1").then().body("items.url", contains(POSTS + "time-zones"));
    }

    @Test
    void sizeAndPageSliceTheNewestFirstOrder() {
        Element atom = FeedXml.parse(given().get("/atom.xml?size=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getDocumentElement();
        assertEquals(
                List.of(POSTS + "time-zones", POSTS + "hello-quarkus"),
                children(atom, ATOM, "entry").stream()
                        .map(entry -> one(entry, ATOM, "link").getAttribute("href"))
                        .toList());
        Element rss = FeedXml.parse(given().get("/feed.xml?size=2&page=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getDocumentElement();
        assertEquals(
                List.of(POSTS + "testing-with-junit", POSTS + "caching-in-cpp"),
                children(one(rss, null, "channel"), null, "item").stream()
                        .map(item -> text(item, null, "link"))
                        .toList());
        given().get("/feed.json?size=100&page=2").then().statusCode(200).body("items.size()", equalTo(0));
        given().get("/feed.json?size=100&page=2147483647")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void theSelfLinkKeepsTheListParametersInAFixedOrder() {
        String body = given().urlEncodingEnabled(false)
                .get("/atom.xml?utm_source=mail&size=5&tag=Testing&year=2024&tag=java")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Element feed = FeedXml.parse(body).getDocumentElement();
        String self = "https://blog.example.com/atom.xml?tag=Testing&tag=java&year=2024&size=5";
        assertEquals(self, text(feed, ATOM, "id"));
        assertEquals(self, children(feed, ATOM, "link").get(0).getAttribute("href"));
    }

    @Test
    void badParametersAreTheUsualProblem() {
        for (String path : List.of("/feed.xml", "/atom.xml", "/feed.json")) {
            given().get(path + "?size=101")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("size"))
                    .body("errors[0].message", equalTo("must be an integer between 1 and 100, was '101'"));
            given().get(path + "?size=0&sort=title&fields=slug&featured=maybe")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("size", "featured", "sort", "fields"))
                    .body("errors[2].message", equalTo("feeds are always newest first: leave sort out (or use -date)"))
                    .body("errors[3].message", equalTo("feeds always carry whole posts: leave fields out"));
            given().get(path + "?sort=nonsense")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("sort"))
                    .body("errors[0].message", equalTo("feeds are always newest first: leave sort out (or use -date)"));
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        given().head("/feed.xml?tag=testing")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/rss+xml;charset=utf-8")
                .body(equalTo(""));
        given().head("/atom.xml")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/atom+xml;charset=utf-8")
                .body(equalTo(""));
        given().head("/feed.json")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/feed+json")
                .body(equalTo(""));
    }

    @Test
    void readersThatAcceptOnlyGenericXmlStillGetTheFeed() {
        given().accept("text/xml")
                .get("/feed.xml")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/rss+xml;charset=utf-8");
        given().accept("application/xml")
                .get("/atom.xml")
                .then()
                .statusCode(200)
                .header("Content-Type", "application/atom+xml;charset=utf-8");
        given().accept("application/json").get("/feed.json").then().statusCode(200);
    }

    @Test
    void noParameterValueIsAServerErrorAndEveryFeedStaysWellFormed() {
        List<String> names = List.of("page", "size", "tag", "excludeTag", "featured", "year", "q", "from");
        List<String> values = List.of(
                "",
                "0",
                "99999999999999999999",
                "\u0000",
                "\u0001]]>",
                "😀",
                "<script>alert(1)</script>",
                "%",
                "x".repeat(3000));
        for (String name : names) {
            for (String value : values) {
                for (String path : List.of("/feed.xml", "/atom.xml")) {
                    io.restassured.response.Response response =
                            given().queryParam(name, value).get(path);
                    int status = response.statusCode();
                    assertTrue(status == 200 || status == 400, name + "=" + value + " gave " + status);
                    if (status == 200) {
                        FeedXml.parse(response.asString());
                    } else {
                        assertEquals("application/problem+json", response.contentType());
                    }
                }
            }
        }
    }

    private static void assertNeverListed(String body) {
        for (String title : NEVER) {
            assertFalse(body.contains(title), title + " must not be in a feed");
        }
    }
}
