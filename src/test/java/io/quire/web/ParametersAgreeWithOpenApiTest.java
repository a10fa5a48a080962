package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The parameters the server refuses and the parameters the OpenAPI document offers are one list:
 * for every public GET operation that checks its parameters, an unknown parameter is a 400 whose
 * message names exactly the query parameters the document gives that operation.
 */
@QuarkusTest
class ParametersAgreeWithOpenApiTest {

    private static final String TAKES = "is not a parameter of this endpoint, which takes ";

    @Test
    void everyCheckedEndpointTakesWhatTheDocumentOffers() {
        JsonPath document = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, String> mismatches = new TreeMap<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) path.getValue().get("get");
            if (get == null || path.getKey().startsWith("/api/admin")) {
                continue;
            }
            TreeSet<String> documented = new TreeSet<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters =
                    (List<Map<String, Object>>) get.getOrDefault("parameters", List.of());
            for (Map<String, Object> parameter : parameters) {
                if ("query".equals(parameter.get("in"))) {
                    documented.add((String) parameter.get("name"));
                }
            }
            String plain = path.getKey().replaceAll("\\{[^}]+}", "java");
            String url = plain + "?zzUnknown=1";
            Response response = given().get(url);
            if (response.statusCode() != 400) {
                // the feeds, the sitemap, robots.txt and assets ignore what they do not take (docs/api.md):
                // they answer as without it
                assertEquals(given().get(plain).statusCode(), response.statusCode(), url);
                continue;
            }
            checked++;
            String message = response.jsonPath().getString("errors[0].message");
            assertFalse(message == null || !message.startsWith(TAKES), url + ": " + message);
            String taken = message.substring(TAKES.length());
            List<String> names = taken.equals("none") ? List.of() : List.of(taken.split(", "));
            if (!new TreeSet<>(names).equals(documented)) {
                mismatches.put(get.get("operationId") + "", "takes " + names + ", the document offers " + documented);
            }
        }
        assertEquals(Map.of(), mismatches);
        assertEquals(8, checked, "public GET operations that check their parameters");
    }
}
