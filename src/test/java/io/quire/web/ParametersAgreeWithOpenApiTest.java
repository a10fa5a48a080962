package io.quire.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.quire.post.api.PostListQueries;
import io.quire.post.api.PostLists;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * The parameters the server refuses and the parameters the OpenAPI document offers are one list:
 * for every public GET operation that checks its parameters, an unknown parameter is a 400 whose
 * message names exactly the query parameters the document gives that operation; and every operation
 * that honours {@code preview} offers it.
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

    /**
     * {@code preview} is offered wherever it changes the answer: by every operation of the resources
     * that ask who is viewing ({@link Viewer}, or {@link PostListQueries} and {@link PostLists}, which read it). The feeds
     * declare it too, as the list endpoints' parameter they share, although they show published posts
     * only.
     */
    @Test
    void everyOperationThatHonoursPreviewDeclaresIt() {
        JsonPath document = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        Map<String, Boolean> declared = new TreeMap<>();
        paths.values()
                .forEach(item -> item.values().forEach(operation -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> parameters =
                            (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
                    declared.put(
                            (String) operation.get("operationId"),
                            parameters.stream()
                                    .anyMatch(p -> "query".equals(p.get("in"))
                                            && PreviewRequest.PARAMETER.equals(p.get("name"))));
                }));
        Map<String, Boolean> honoured = new TreeMap<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.quire")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            boolean asksWhoViews = Arrays.stream(type.getConstructors())
                    .flatMap(constructor -> Arrays.stream(constructor.getParameterTypes()))
                    .anyMatch(parameter -> parameter == Viewer.class
                            || parameter == PostListQueries.class
                            || parameter == PostLists.class);
            for (Method method : type.getMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null) {
                    honoured.put(operation.operationId(), asksWhoViews);
                }
            }
        }
        assertEquals(declared.keySet(), honoured.keySet());
        List<String> undeclared = honoured.entrySet().stream()
                .filter(entry -> entry.getValue() && !declared.get(entry.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), undeclared, "operations that honour preview without declaring it");
        assertTrue(declared.get("getArchive") && declared.get("listTags") && !declared.get("syncPosts"));
    }
}
