package io.quire.search.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quire.support.SuiteProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search stems each post by the rules of its own language, and a query's words by the rules of each
 * language searched, over posts from their own content root (src/test/resources/content/search-stemming;
 * see its README.txt).
 */
@QuarkusTest
@TestProfile(SearchStemmingTest.StemmingContent.class)
class SearchStemmingTest {

    public static class StemmingContent extends SuiteProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The shared test database: this profile's import brings it in line with its own folder, and
            // the next test class's import brings it back.
            return Map.of("quire.content.dir", "src/test/resources/content/search-stemming");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Häuser, haus",
        "hauser, haus",
        "chevaux, cheval",
        "canciones, cancion",
        "cancion, cancion",
        "книги, kniga",
        // English rules find "organ" in the English post, and never in the German one.
        "organization, cheval-mirror",
    })
    void aWordFindsTheOtherFormsOfItInItsLanguage(String q, String slug) {
        given().queryParam("q", q).get("/api/search").then().statusCode(200).body("items.post.slug", contains(slug));
    }

    @Test
    void aWordAsWrittenStillFindsEveryLanguage() {
        given().queryParam("q", "cheval")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("items.post.slug", containsInAnyOrder("cheval", "cheval-mirror"));
    }

    @Test
    void theLanguageAskedForStemsTheQuery() {
        given().queryParam("q", "chevaux")
                .queryParam("lang", "fr")
                .get("/api/search")
                .then()
                .body("items.post.slug", contains("cheval"));
        // English rules do not make "chevaux" "cheval", and the French post is not in English.
        given().queryParam("q", "chevaux")
                .queryParam("lang", "en")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("items", empty());
        // German rules leave "organization" as it is: the German post with "Organ" is not found.
        given().queryParam("q", "organization")
                .queryParam("lang", "de")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("q", "Häuser")
                .queryParam("lang", "de")
                .get("/api/search")
                .then()
                .body("items.post.slug", contains("haus"));
    }

    @Test
    void highlightsMarkTheWordAsTheTextWritesIt() {
        given().queryParam("q", "Häuser")
                .get("/api/search")
                .then()
                .body("items[0].highlights.title", equalTo("Ein <mark>Haus</mark> am See"))
                .body(
                        "items[0].highlights.body",
                        equalTo("Wir bauen ein <mark>Haus</mark> aus Holz, mit einem Garten zum Wasser hin."));
        given().queryParam("q", "chevaux")
                .get("/api/search")
                .then()
                .body("items[0].highlights.title", equalTo("Le <mark>cheval</mark> de course"))
                .body(
                        "items[0].highlights.body",
                        equalTo("Un <mark>cheval</mark> rapide gagne la course du dimanche."));
        given().queryParam("q", "canciones")
                .get("/api/search")
                .then()
                .body("items[0].highlights.title", equalTo("La <mark>canción</mark> del verano"));
    }
}
