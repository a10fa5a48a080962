package io.quire.search.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.SuiteProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search and the archive end to end over posts in German, Japanese and English, from their own
 * content root (src/test/resources/content/search-languages; see its README.txt) so that the shared
 * fixture stays as it is.
 */
@QuarkusTest
@TestProfile(SearchLanguagesTest.LanguagesContent.class)
class SearchLanguagesTest {

    public static class LanguagesContent extends SuiteProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>();
            // The shared test database: this profile's import brings it in line with its own folder, and
            // the next test class's import brings it back.
            overrides.put("quire.content.dir", "src/test/resources/content/search-languages");
            return overrides;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Überwachung, ueberwachung",
        "uberwachung, ueberwachung",
        "metriken, ueberwachung",
        "STRASSEN, ueberwachung",
        "engpasse, ueberwachung",
        "検索, volltext",
        "インデックス, volltext",
        "転置, volltext",
        "deployed, deploying",
        "kubernetes, deploying"
    })
    void wordsOfEachLanguageFindTheirPost(String q, String slug) {
        given().queryParam("q", q).get("/api/search").then().statusCode(200).body("items.post.slug", contains(slug));
    }

    @Test
    void highlightsMarkWordsInTheirOwnScript() {
        given().queryParam("q", "検索")
                .get("/api/search")
                .then()
                .body("items[0].highlights.title", equalTo("全文<mark>検索</mark>の仕組み"));
        given().queryParam("q", "uberwachung")
                .get("/api/search")
                .then()
                .body("items[0].highlights.title", equalTo("<mark>Überwachung</mark> von Datenbanken"));
    }

    @Test
    void theArchiveCountsTheUtcMonth() {
        given().get("/api/archive")
                .then()
                .statusCode(200)
                .body("year", contains(2025, 2025, 2025))
                .body("month", contains(4, 3, 2))
                .body("count", contains(1, 1, 1));
        // The list filter agrees about the month.
        given().get("/api/posts?year=2025&month=2").then().body("items.slug", contains("ueberwachung"));
    }

    @Test
    void relatedPostsStayInThePostsLanguageThoughTheyShareATag() {
        given().get("/api/posts/ueberwachung").then().statusCode(200).body("related.slug", empty());
        given().get("/api/posts/deploying").then().statusCode(200).body("related.slug", not(hasItem("ueberwachung")));
    }
}
