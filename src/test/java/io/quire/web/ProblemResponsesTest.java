package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error is application/problem+json; no parameter value reaches a 500. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anOutOfRangeSizeIsExactlyThisProblem() {
        String body = given().get("/api/posts?size=1000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .asString();
        assertEquals(
                "{\"type\":\"/problems/invalid-parameter\",\"title\":\"Invalid request parameter\",\"status\":400,"
                        + "\"detail\":\"size: must be an integer between 1 and 100, was '1000'\","
                        + "\"instance\":\"/api/posts?size=1000\",\"errors\":[{\"field\":\"size\","
                        + "\"message\":\"must be an integer between 1 and 100, was '1000'\"}]}",
                body);
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        given().get("/api/posts?page=0&featured=yes&month=13&year=2025&from=2025-02-30&sort=newest")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("page", "featured", "month", "from", "sort"))
                .body("errors[1].message", equalTo("must be true or false, was 'yes'"))
                .body("errors[3].message", equalTo("must be an ISO date (YYYY-MM-DD), was '2025-02-30'"))
                .body(
                        "errors[4].message",
                        equalTo("must be one of -date, date, title, -title, -updated, was 'newest'"));
    }

    @Test
    void aMonthNeedsAYearAndRangesMustBeInOrder() {
        given().get("/api/posts?month=2")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"))
                .body("errors[0].message", equalTo("needs a year: add year=YYYY"));
        given().get("/api/posts?from=2025-03-01&to=2025-01-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must not be before from (2025-03-01)"));
    }

    @Test
    void aRepeatedSingleParameterIsRejected() {
        given().get("/api/posts?page=1&page=2")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be given at most once"));
    }

    /** One rule for booleans on every endpoint: true or false in any case, without spaces around it. */
    @Test
    void aBooleanIsTrueOrFalseExactly() {
        given().get("/api/posts?featured=TRUE&size=1").then().statusCode(200);
        given().queryParam("featured", " true")
                .get("/api/posts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("featured"))
                .body("errors[0].message", equalTo("must be true or false, was ' true'"));
        given().header("Authorization", "Bearer test-admin-token")
                .queryParam("dryRun", "true ")
                .post("/api/admin/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dryRun"))
                .body("errors[0].message", equalTo("must be true or false, was 'true '"));
    }

    @Test
    void anUnknownFieldIsRejectedWithTheFieldsYouCanUse() {
        given().get("/api/posts?fields=slug,html")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("fields"))
                .body("errors[0].message", startsWith("unknown field 'html': use a summary field (id, slug,"));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().get("/api/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/nothing-here"));
    }

    @Test
    void aWrongMethodIsAProblemThatSaysWhichMethodsAreAllowed() {
        given().delete("/api/posts")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("status", equalTo(405));
        given().header("Authorization", "Bearer test-admin-token")
                .put("/api/admin/import")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS, POST");
    }

    static Stream<Arguments> hostileParameters() {
        List<String> names = List.of(
                "page",
                "size",
                "tag",
                "excludeTag",
                "featured",
                "lang",
                "year",
                "month",
                "from",
                "to",
                "q",
                "sort",
                "fields");
        List<String> values = List.of(
                "",
                " ",
                "-1",
                "0",
                "99999999999999999999999",
                "2147483648",
                "1e3",
                "0x10",
                "NaN",
                "null",
                "true",
                "'; DROP TABLE post; --",
                "%",
                "_",
                "\\",
                "*",
                "a,,b",
                ",",
                "\u0000",
                "😀",
                "<script>alert(1)</script>",
                "x".repeat(5000),
                "9999-12-31",
                "+999999999-12-31",
                "-999999999-01-01",
                "0000-01-01",
                "2025-02-29",
                "2025-1-1");
        List<Arguments> arguments = new ArrayList<>();
        for (String name : names) {
            for (String value : values) {
                arguments.add(Arguments.of(name, value));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("hostileParameters")
    void noParameterValueIsAServerError(String name, String value) {
        given().queryParam(name, value)
                .get("/api/posts")
                .then()
                .statusCode(anyOf(is(200), is(400)))
                .contentType(anyOf(startsWith("application/json"), startsWith("application/problem+json")))
                .body(not(org.hamcrest.Matchers.containsString("Exception")));
    }

    @ParameterizedTest(name = "tags/{0}/posts")
    @MethodSource("hostileKeys")
    void noPathKeyIsAServerError(String key) {
        given().urlEncodingEnabled(true)
                .get("/api/posts/{key}", key)
                .then()
                .statusCode(anyOf(is(200), is(301), is(404)));
        given().get("/api/tags/{key}/posts", key).then().statusCode(anyOf(is(200), is(404)));
    }

    static Stream<String> hostileKeys() {
        return Stream.of(
                "%",
                "..",
                "x".repeat(3000),
                "😀",
                "' or 1=1 --",
                "\u0000",
                "a\u0000b",
                "0",
                "-1",
                "99999999999999999999",
                " ");
    }
}
