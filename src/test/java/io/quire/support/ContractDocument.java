package io.quire.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as served, read as a contract: which operation and which declared response a
 * request gets, and whether a body and its headers are what that response declares. Bodies are checked
 * by a real JSON Schema validator (networknt, JSON Schema 2020-12, format assertions on) after the
 * standard translation of OpenAPI 3.0: {@code nullable: true} becomes "or null", and the component
 * schemas become {@code $defs}.
 *
 * <p>The translation is stricter than the document in one way: an object schema with properties
 * allows no other properties, except the post schemas, whose other properties are front matter keys
 * ({@link #postExtras} checks those against {@code frontMatter}).
 */
public final class ContractDocument {

    /** The schemas of posts: a post is a superset of its front matter, so other keys are allowed. */
    public static final Set<String> POST_SCHEMAS = Set.of("PostSummary", "PostDetail", "PostContent");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final JsonNode document;
    private final ObjectNode schemas;

    private ContractDocument(JsonNode document) {
        this.document = document;
        this.schemas = JsonNodeFactory.instance.objectNode();
        document.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(entry -> schemas.set(
                        entry.getKey(), toJsonSchema(entry.getValue(), !POST_SCHEMAS.contains(entry.getKey()))));
    }

    /** The document the running application serves at {@code /q/openapi}. */
    public static ContractDocument served() {
        return parse(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    public static ContractDocument parse(String json) {
        return new ContractDocument(read(json));
    }

    public JsonNode document() {
        return document;
    }

    /** The operation that answers {@code method path}: literal path segments win over templates. */
    public Optional<Operation> operation(String method, String rawPath) {
        String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
        Operation best = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String template = entry.getKey();
            JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
            if (operation == null || !matches(template, path)) {
                continue;
            }
            if (best == null || template.indexOf('{') < 0) {
                best = new Operation(method.toUpperCase(Locale.ROOT), template, operation);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The response an operation declares for a status, references followed; empty if none does. */
    public Optional<JsonNode> declaredResponse(Operation operation, int status) {
        JsonNode response = operation.node().path("responses").get(String.valueOf(status));
        return Optional.ofNullable(response).map(this::resolve);
    }

    /** The {@code default} response, references followed. */
    public Optional<JsonNode> defaultResponse(Operation operation) {
        return Optional.ofNullable(operation.node().path("responses").get("default"))
                .map(this::resolve);
    }

    /**
     * Problems of a body against a schema of the document (as written in it: OpenAPI 3.0).
     *
     * @param fields the names asked for with {@code fields=}, or null: then a post need only have those
     */
    public List<String> validate(JsonNode schema, JsonNode instance, Set<String> fields) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", SpecificationVersion.DRAFT_2020_12.getDialectId());
        ObjectNode copy = schemas.deepCopy();
        if (fields != null) {
            ObjectNode summary = (ObjectNode) copy.get("PostSummary");
            ArrayNode required = summary.putArray("required");
            document.at("/components/schemas/PostSummary/required").forEach(name -> {
                if (fields.contains(name.asText())) {
                    required.add(name);
                }
            });
        }
        root.set("$defs", copy);
        root.putArray("allOf").add(toJsonSchema(schema, false));
        Schema compiled = REGISTRY.getSchema(root);
        List<String> problems = new ArrayList<>();
        for (Error error : compiled.validate(instance)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /** Problems of a response's headers against those it declares: required ones present, values valid. */
    public List<String> validateHeaders(JsonNode response, Function<String, List<String>> values) {
        List<String> problems = new ArrayList<>();
        response.path("headers").fields().forEachRemaining(entry -> {
            JsonNode header = resolve(entry.getValue());
            List<String> sent = values.apply(entry.getKey());
            if (sent.isEmpty()) {
                if (header.path("required").asBoolean(false)) {
                    problems.add("header " + entry.getKey() + " is required but missing");
                }
                return;
            }
            JsonNode schema = header.path("schema");
            for (String value : sent) {
                JsonNode instance = switch (schema.path("type").asText()) {
                    case "integer" -> integer(value);
                    default -> JsonNodeFactory.instance.textNode(value);
                };
                if (instance == null) {
                    problems.add("header " + entry.getKey() + ": '" + value + "' is not an integer");
                    continue;
                }
                if ("uri".equals(schema.path("format").asText())
                        && !URI.create(value).isAbsolute()) {
                    problems.add("header " + entry.getKey() + ": '" + value + "' is not an absolute URI");
                }
                for (String problem : validate(schema, instance, null)) {
                    problems.add("header " + entry.getKey() + " " + problem);
                }
            }
        });
        return problems;
    }

    /**
     * The keys of a post that its schema does not name, which must be its front matter keys: each with
     * the same value in {@code frontMatter}, and every key of {@code frontMatter} at the top level.
     */
    public List<String> postExtras(String schemaName, JsonNode post) {
        JsonNode properties = document.at("/components/schemas/" + schemaName + "/properties");
        JsonNode frontMatter = post.path("frontMatter");
        List<String> problems = new ArrayList<>();
        post.fields().forEachRemaining(entry -> {
            if (!properties.has(entry.getKey()) && !entry.getValue().equals(frontMatter.get(entry.getKey()))) {
                problems.add(schemaName + " " + post.path("slug").asText() + ": '" + entry.getKey()
                        + "' is neither a property nor the same as in frontMatter");
            }
        });
        frontMatter.fields().forEachRemaining(entry -> {
            if (!entry.getValue().equals(post.get(entry.getKey()))) {
                problems.add(schemaName + " " + post.path("slug").asText() + ": frontMatter key '" + entry.getKey()
                        + "' is not at the top level");
            }
        });
        return problems;
    }

    /** Follows a {@code $ref} within the document. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** One operation of the document: its method, path template and definition. */
    public record Operation(String method, String template, JsonNode node) {

        public String id() {
            return node.path("operationId").asText();
        }
    }

    /**
     * OpenAPI 3.0 schema to JSON Schema 2020-12: {@code nullable} becomes {@code anyOf [schema, null]};
     * {@code example} goes (an unknown keyword); with {@code closed}, a schema with properties allows no
     * others.
     */
    static JsonNode toJsonSchema(JsonNode node, boolean closed) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(member -> copy.add(toJsonSchema(member, false)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        node.fields().forEachRemaining(entry -> {
            switch (entry.getKey()) {
                case "example", "nullable" -> {}
                case "properties" -> {
                    ObjectNode properties = copy.putObject("properties");
                    entry.getValue()
                            .fields()
                            .forEachRemaining(property ->
                                    properties.set(property.getKey(), toJsonSchema(property.getValue(), false)));
                }
                case "items", "additionalProperties", "not", "allOf", "anyOf", "oneOf" ->
                    copy.set(entry.getKey(), toJsonSchema(entry.getValue(), false));
                case "$ref" -> copy.put("$ref", entry.getValue().asText().replace("#/components/schemas/", "#/$defs/"));
                default -> copy.set(entry.getKey(), entry.getValue());
            }
        });
        if (closed && copy.has("properties") && !copy.has("additionalProperties")) {
            copy.put("additionalProperties", false);
        }
        if (!node.path("nullable").asBoolean(false)) {
            return copy;
        }
        ObjectNode nullable = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = nullable.putArray("anyOf");
        anyOf.add(copy);
        anyOf.addObject().put("type", "null");
        return nullable;
    }

    private static boolean matches(String template, String path) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return path.matches(regex);
    }

    private static JsonNode integer(String value) {
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
