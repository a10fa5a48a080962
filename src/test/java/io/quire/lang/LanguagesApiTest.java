package io.quire.lang;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.GoldenJson;
import io.quire.support.GoldenText;
import io.quire.support.LanguagesContentProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site with locale folders, Hugo language suffixes and translationKeys (fixture
 * content/languages): every post's language, clean slugs per language, translations both ways, the
 * lang filter, slug lookups in several languages, hreflang alternates.
 */
@QuarkusTest
@TestProfile(LanguagesContentProfile.class)
class LanguagesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPostHasItsLanguageAndEachLanguageItsCleanSlug() {
        GoldenJson.assertMatches(
                "languages-posts.json",
                given().get("/api/posts?size=100&fields=slug,lang,title")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    @Test
    void translationsLinkBothWaysAndTheSlugLookupPrefersTheDefaultLanguage() throws Exception {
        ObjectNode posts = JSON.createObjectNode();
        for (String request : List.of(
                "ruby-3-3-0-released",
                "ruby-3-3-0-released?lang=de",
                "ruby-3-3-0-released?lang=pt",
                "ruby-3-3-0-released?lang=zh-TW",
                "about?lang=de",
                "hello",
                "hello?lang=ja",
                "guide",
                "guia",
                "intro",
                "intro-setup")) {
            JsonNode post = JSON.readTree(given().get("/api/posts/" + request)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            ObjectNode picked = JSON.createObjectNode();
            for (String field : List.of("slug", "lang", "title", "translations")) {
                picked.set(field, post.get(field));
            }
            posts.set(request, picked);
        }
        GoldenJson.assertMatches("languages-translations.json", JSON.writeValueAsString(posts));
    }

    @Test
    void theLangFilterTakesRegionsAndRefusesWhatIsNotALanguage() {
        given().get("/api/posts?lang=de&fields=slug,lang&sort=title")
                .then()
                .statusCode(200)
                .body("items.slug", equalTo(List.of("hello", "ruby-3-3-0-released", "about")))
                .body("items.lang", equalTo(List.of("de", "de", "de")));
        given().get("/api/posts?lang=pt&fields=slug,lang&sort=title")
                .then()
                .body("items.slug", equalTo(List.of("guia", "ruby-3-3-0-released")))
                .body("items.lang", equalTo(List.of("pt-br", "pt-br")));
        given().get("/api/posts?lang=PT_br&fields=slug").then().body("totalItems", equalTo(2));
        given().get("/api/posts?lang=english").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().get("/api/posts/ruby-3-3-0-released?lang=de_DE").then().statusCode(404);
        given().get("/api/posts/ruby-3-3-0-released?lang=x y").then().statusCode(400);
        given().get("/feed.json?lang=fr")
                .then()
                .statusCode(200)
                .body("items.title", equalTo(List.of("Ruby 3.3.0 est disponible")));
        given().get("/api/search?q=ruby&lang=de&fields=slug,lang")
                .then()
                .statusCode(200)
                .body("items.post.lang", equalTo(List.of("de")));
    }

    @Test
    void tagsArchiveAndSitemapTakeTheLangFilter() throws Exception {
        assertJson(
                "[{\"slug\":\"release\",\"name\":\"release\",\"count\":5}]",
                given().get("/api/tags").then().statusCode(200).extract().asString());
        assertJson(
                "[{\"slug\":\"release\",\"name\":\"release\",\"count\":1}]",
                given().get("/api/tags?lang=zh")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertJson(
                "[]",
                given().get("/api/tags?lang=ja")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertJson(
                "{\"slug\":\"release\",\"name\":\"release\",\"count\":1}",
                given().get("/api/tags/release?lang=pt-BR")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        given().get("/api/tags/release?lang=ja").then().statusCode(404);
        given().get("/api/tags?lang=de&lang=fr").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().get("/api/tags/release/posts?lang=fr&fields=slug,lang")
                .then()
                .statusCode(200)
                .body("items.lang", equalTo(List.of("fr")));
        assertJson(
                "[{\"year\":2024,\"month\":2,\"count\":1},{\"year\":2023,\"month\":12,\"count\":1}]",
                given().get("/api/archive?lang=pt")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        given().get("/api/archive?lang=e").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        String sitemap = given().get("/sitemap.xml?lang=de")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                List.of(
                        "https://blog.example.com/de/posts/hello",
                        "https://blog.example.com/de/posts/ruby-3-3-0-released",
                        "https://blog.example.com/de/posts/about"),
                java.util.regex.Pattern.compile("<loc>([^<]*)</loc>")
                        .matcher(sitemap)
                        .results()
                        .map(match -> match.group(1))
                        .toList());
        // each keeps its alternates in every language
        assertEquals(5, sitemap.split("hreflang=\"ja\"|hreflang=\"fr\"|hreflang=\"en\"", -1).length - 1, sitemap);
    }

    @Test
    void aRedirectNamesTheLanguageOfItsTarget() {
        given().redirects()
                .follow(false)
                .get("/api/posts/hallo-welt?include=markdown")
                .then()
                .statusCode(301)
                .header("Location", endsWith("/api/posts/hello?include=markdown&lang=de"));
    }

    @Test
    void relatedPostsAndNeighboursStayInThePostsLanguage() {
        given().get("/api/posts/ruby-3-3-0-released?lang=fr")
                .then()
                .statusCode(200)
                .body("related", equalTo(List.of()))
                .body("prev", equalTo(null))
                .body("next", equalTo(null));
        given().get("/api/posts/hello?lang=de")
                .then()
                .statusCode(200)
                .body("prev.slug", equalTo("ruby-3-3-0-released"))
                .body("prev.title", equalTo("Ruby 3.3.0 veröffentlicht"));
    }

    private static void assertJson(String expected, String actual) throws Exception {
        assertEquals(JSON.readTree(expected), JSON.readTree(actual), actual);
    }

    @Test
    void aDraftIsNeverATranslation() {
        given().get("/api/posts/guide")
                .then()
                .body("translations.lang", equalTo(List.of("pt-br")))
                .body(not(containsString("entwurf")));
    }

    @Test
    void theSitemapListsTranslationsAsHreflangAlternates() {
        GoldenText.assertMatches(
                "languages-sitemap.xml",
                given().get("/sitemap.xml").then().statusCode(200).extract().asString());
    }
}
