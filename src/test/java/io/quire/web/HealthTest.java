package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readyOnceStarted() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void livenessSaysWhichSearchIndexIsSearched() {
        given().queryParam("q", "kubernetes").get("/api/search").then().statusCode(200);
        // The test profile keeps its index in memory (no quire.search.index-dir): always built.
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", is("UP"))
                .body("checks.find { it.name == 'search-index' }.data.state", is("built"))
                .body("checks.find { it.name == 'search-index' }.data.posts", greaterThan(0));
    }
}
