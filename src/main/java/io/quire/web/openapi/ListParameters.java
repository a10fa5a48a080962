package io.quire.web.openapi;

import io.quire.post.api.ListEndpoint;
import io.quire.post.api.ListParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters of the list endpoints, written from their one declaration ({@link ListEndpoint},
 * {@link ListParameter}) rather than from the bean every list endpoint binds: a feed must not offer
 * {@code q}, {@code fields} or {@code sort}, and search must require {@code q}.
 */
final class ListParameters {

    private ListParameters() {}

    static void apply(Paths paths) {
        paths.getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> endpoint(operation).ifPresent(endpoint -> declare(operation, endpoint))));
    }

    static Optional<ListEndpoint> endpoint(Operation operation) {
        return Arrays.stream(ListEndpoint.values())
                .filter(endpoint -> endpoint.operationIds().contains(operation.getOperationId()))
                .findFirst();
    }

    private static void declare(Operation operation, ListEndpoint endpoint) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                    .forEach(parameters::add);
        }
        for (ListParameter declared : endpoint.parameters()) {
            Parameter parameter = OASFactory.createParameter()
                    .name(declared.parameterName())
                    .in(Parameter.In.QUERY)
                    .description(endpoint.describe(declared))
                    .schema(schema(declared));
            if (endpoint.requires(declared)) {
                parameter.required(true);
            }
            if (declared.repeatable()) {
                parameter.style(Parameter.Style.FORM).explode(true);
            }
            parameters.add(parameter);
        }
        operation.setParameters(parameters);
    }

    private static Schema schema(ListParameter declared) {
        ListParameter.Value value = declared.value();
        Schema schema = OASFactory.createSchema()
                .type(List.of(SchemaType.valueOf(value.type().toUpperCase(Locale.ROOT))));
        if (value.format() != null) {
            schema.format(value.format());
        }
        if (value.minimum() != null) {
            schema.minimum(BigDecimal.valueOf(value.minimum()));
        }
        if (value.maximum() != null) {
            schema.maximum(BigDecimal.valueOf(value.maximum()));
        }
        if (value.maxLength() != null) {
            schema.maxLength(value.maxLength());
        }
        if (!value.allowed().isEmpty()) {
            schema.enumeration(new ArrayList<>(value.allowed()));
        }
        if (value.defaultValue() != null) {
            schema.defaultValue(
                    value.type().equals("integer") ? Integer.valueOf(value.defaultValue()) : value.defaultValue());
        }
        if (!declared.repeatable()) {
            return schema;
        }
        return OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(schema);
    }
}
