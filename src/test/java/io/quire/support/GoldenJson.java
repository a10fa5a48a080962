package io.quire.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Compares a response body with an expected JSON file under {@code src/test/resources/api/}: same
 * names, same values, same JSON types (object key order aside; tests that care about order check it
 * separately). To (re)create a file after a deliberate change, run the test with {@code
 * -Dgolden.write=true} and review the diff by eye: a run in that mode writes instead of comparing, and
 * fails.
 */
public final class GoldenJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenJson() {}

    public static void assertMatches(String expectedResource, String actualBody) {
        JsonNode actual;
        try {
            actual = JSON.readTree(actualBody);
        } catch (IOException e) {
            throw new AssertionError("response is not JSON: " + actualBody, e);
        }
        if (Boolean.getBoolean("golden.write")) {
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of("src/test/resources/api", expectedResource),
                        pretty(actual) + "\n",
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError("wrote src/test/resources/api/" + expectedResource + "; review it, then run"
                    + " again without -Dgolden.write");
        }
        JsonNode expected = read(expectedResource);
        assertEquals(pretty(expected), pretty(actual), "response differs from " + expectedResource);
        assertEquals(expected, actual, "response differs from " + expectedResource + " in its JSON types");
    }

    public static JsonNode read(String resource) {
        try (InputStream in = GoldenJson.class.getResourceAsStream("/api/" + resource)) {
            if (in == null) {
                throw new AssertionError("missing golden file src/test/resources/api/" + resource);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = JSON.createObjectNode();
            java.util.List<String> names = new java.util.ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            java.util.Collections.sort(names);
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(child -> copy.add(sorted(child)));
            return copy;
        }
        return node;
    }
}
