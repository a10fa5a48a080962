package io.quire.web.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quire.archive.api.ArchiveMonthResponse;
import io.quire.content.ContentProblem;
import io.quire.content.importer.ImportReport;
import io.quire.post.api.NavLinkResponse;
import io.quire.post.api.PostContentResponse;
import io.quire.post.api.PostDetailResponse;
import io.quire.post.api.PostPage;
import io.quire.post.api.PostSummaryResponse;
import io.quire.post.api.TranslationResponse;
import io.quire.post.view.PostIds;
import io.quire.search.api.HitHighlights;
import io.quire.search.api.SearchFacets;
import io.quire.search.api.SearchHit;
import io.quire.search.api.SearchPage;
import io.quire.shared.TocEntry;
import io.quire.sync.api.DeletedPostResponse;
import io.quire.sync.api.SyncPageResponse;
import io.quire.tag.api.TagCountResponse;
import io.quire.web.Problem;
import io.quire.webhook.api.WebhookAttemptInfo;
import io.quire.webhook.api.WebhookDeliveryInfo;
import io.quire.webhook.api.WebhookEndpointInfo;
import io.quire.webhook.api.WebhookLog;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The component schemas, made exact from the records that responses are serialised from:
 *
 * <ul>
 *   <li>{@code required}: every record component, except those Jackson leaves out when null
 *       ({@code @JsonInclude(NON_NULL)} on the component, or on the record when the component says
 *       nothing); a {@code @JsonUnwrapped} component contributes its own record's;
 *   <li>nullability: a component is nullable only where it says {@code @Schema(nullable = true)}; a
 *       nullable reference is written {@code type: object, nullable: true, anyOf: [reference, null]};
 *   <li>one flat schema per post shape: a schema that extends another ({@code allOf = Parent.class})
 *       gets the parent's properties and no {@code allOf};
 *   <li>{@code PostId}, the one schema of post ids (see {@link PostIds}).
 * </ul>
 *
 * A component object schema that no record here describes fails the build, so a new response type
 * cannot slip into the document without its {@code required} list.
 */
final class RecordSchemas {

    /** Every record whose schema the document has. */
    static final List<Class<? extends Record>> RECORDS = List.of(
            PostSummaryResponse.class,
            PostDetailResponse.class,
            PostContentResponse.class,
            NavLinkResponse.class,
            TranslationResponse.class,
            TocEntry.class,
            PostPage.class,
            TagCountResponse.class,
            SearchPage.class,
            SearchHit.class,
            HitHighlights.class,
            SearchFacets.class,
            SyncPageResponse.class,
            DeletedPostResponse.class,
            ArchiveMonthResponse.class,
            ImportReport.class,
            ContentProblem.class,
            Problem.class,
            Problem.FieldError.class,
            WebhookLog.class,
            WebhookEndpointInfo.class,
            WebhookDeliveryInfo.class,
            WebhookAttemptInfo.class);

    private static final Set<JsonInclude.Include> ALWAYS_WRITTEN =
            Set.of(JsonInclude.Include.ALWAYS, JsonInclude.Include.USE_DEFAULTS);

    private RecordSchemas() {}

    static void apply(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        components.addSchema(
                PostIds.SCHEMA,
                OASFactory.createSchema().description(PostIds.DESCRIPTION).examples(List.of(2, "intro")));
        List<String> described = new ArrayList<>();
        for (Class<? extends Record> type : RECORDS) {
            String name = schemaName(type);
            Schema schema = schemas.get(name);
            if (schema == null) {
                throw new IllegalStateException("The OpenAPI document has no schema " + name + " for " + type);
            }
            flattenOntoParent(schema, schemas);
            schema.setRequired(required(type, schema));
            described.add(name);
        }
        for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
            List<SchemaType> type = entry.getValue().getType();
            if (type != null && type.contains(SchemaType.OBJECT) && !described.contains(entry.getKey())) {
                throw new IllegalStateException("The OpenAPI schema " + entry.getKey() + " describes no record of "
                        + RecordSchemas.class.getName() + ".RECORDS: add it there");
            }
        }
        schemas.values().forEach(RecordSchemas::nullableReferences);
    }

    /**
     * A schema that extends another ({@code allOf = Parent.class}, the parent's properties merged by
     * {@code @JsonUnwrapped}) becomes one flat schema: the parent's properties, in the parent's order,
     * then its own. Generators read flat schemas most reliably; {@code allOf} with properties beside it
     * breaks openapi-generator's Java and Python output for the nullable properties.
     */
    private static void flattenOntoParent(Schema schema, Map<String, Schema> schemas) {
        List<Schema> allOf = schema.getAllOf();
        if (allOf == null || allOf.size() != 1 || allOf.get(0).getRef() == null) {
            return;
        }
        Schema parent = schemas.get(simpleName(allOf.get(0).getRef()));
        Map<String, Schema> properties = new LinkedHashMap<>(parent.getProperties());
        schema.getProperties().forEach(properties::putIfAbsent);
        schema.setAllOf(null);
        schema.setProperties(properties);
        schema.setType(List.of(SchemaType.OBJECT));
        schema.setAdditionalPropertiesSchema(null);
        schema.setAdditionalPropertiesBoolean(null);
    }

    private static List<String> required(Class<? extends Record> type, Schema schema) {
        List<String> required = new ArrayList<>();
        addRequired(type, schema, required);
        return required.isEmpty() ? null : required;
    }

    private static void addRequired(Class<?> type, Schema schema, List<String> required) {
        JsonInclude recordInclusion = type.getAnnotation(JsonInclude.class);
        for (RecordComponent component : type.getRecordComponents()) {
            AnnotatedElement field = field(type, component);
            if (field.isAnnotationPresent(JsonUnwrapped.class)) {
                addRequired(component.getType(), schema, required);
                continue;
            }
            if (hidden(field)) {
                continue;
            }
            if (schema.getProperties() == null || !schema.getProperties().containsKey(component.getName())) {
                throw new IllegalStateException(
                        "The OpenAPI schema of " + type + " has no property " + component.getName());
            }
            JsonInclude inclusion = field.getAnnotation(JsonInclude.class);
            JsonInclude effective = inclusion != null ? inclusion : recordInclusion;
            if (effective == null || ALWAYS_WRITTEN.contains(effective.value())) {
                required.add(component.getName());
            }
        }
    }

    /**
     * A nullable reference, in the one OpenAPI 3.0 shape that both linters accept and generators read as
     * "this type or null": {@code type: object, nullable: true, anyOf: [reference, null schema]}, where the
     * null schema is {@code type: object, nullable: true, enum: [null]} (3.0 has no null type). SmallRye
     * writes {@code allOf [reference]} with {@code nullable}, which openapi-generator turns into {@code
     * Object} when a {@code type} stands beside it and redocly rejects when none does; an {@code anyOf}
     * of one member draws redocly's no-illogical-composition-keywords warning.
     */
    private static void nullableReferences(Schema schema) {
        if (schema == null) {
            return;
        }
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null
                && anyOf.size() == 2
                && anyOf.stream().anyMatch(member -> member.getRef() != null)
                && anyOf.stream().anyMatch(member -> List.of(SchemaType.NULL).equals(member.getType()))) {
            Schema reference = anyOf.stream()
                    .filter(member -> member.getRef() != null)
                    .findFirst()
                    .orElseThrow();
            Schema nullOnly = OASFactory.createSchema()
                    .type(List.of(SchemaType.OBJECT, SchemaType.NULL))
                    .enumeration(Collections.singletonList(null));
            schema.setAnyOf(List.of(reference, nullOnly));
            schema.setType(List.of(SchemaType.OBJECT, SchemaType.NULL));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(RecordSchemas::nullableReferences);
        }
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(RecordSchemas::nullableReferences);
        }
        nullableReferences(schema.getItems());
    }

    /** Record component annotations land on the field (and accessor) Jackson and SmallRye read. */
    private static AnnotatedElement field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hidden(AnnotatedElement field) {
        var schema = field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && schema.hidden();
    }

    static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }

    static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
