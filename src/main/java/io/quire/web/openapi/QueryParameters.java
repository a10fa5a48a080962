package io.quire.web.openapi;

import io.quire.web.EndpointDeclaration;
import io.quire.web.ParameterValue;
import io.quire.web.QueryParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters of every declared endpoint ({@link DeclaredEndpoints}), written from their one
 * declaration rather than from what the resource method binds: a feed must not offer {@code q},
 * {@code fields} or {@code sort}, search must require {@code q}, and every endpoint that honours
 * {@code preview} offers it. Configured values in the texts and bounds are those of the build
 * ({@link ConfiguredValues}).
 */
final class QueryParameters {

    private QueryParameters() {}

    static void apply(Paths paths) {
        paths.getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> DeclaredEndpoints.of(operation.getOperationId())
                                .ifPresent(endpoint -> declare(operation, endpoint))));
    }

    private static void declare(Operation operation, EndpointDeclaration endpoint) {
        List<Parameter> parameters = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() != Parameter.In.QUERY)
                    .forEach(parameters::add);
        }
        for (QueryParameter declared : endpoint.parameters()) {
            Parameter parameter = OASFactory.createParameter()
                    .name(declared.parameterName())
                    .in(Parameter.In.QUERY)
                    .description(ConfiguredValues.resolve(endpoint.describe(declared)))
                    .schema(schema(declared));
            if (endpoint.requires(declared)) {
                parameter.required(true);
            }
            if (declared.repeatable()) {
                parameter.style(Parameter.Style.FORM).explode(true);
            }
            parameters.add(parameter);
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
    }

    private static Schema schema(QueryParameter declared) {
        ParameterValue value = declared.value();
        Schema schema = OASFactory.createSchema()
                .type(List.of(SchemaType.valueOf(value.type().toUpperCase(Locale.ROOT))));
        if (value.format() != null) {
            schema.format(value.format());
        }
        if (value.minimum() != null) {
            schema.minimum(BigDecimal.valueOf(value.minimum()));
        }
        String maximum = value.maximumKey() != null
                ? ConfiguredValues.value(value.maximumKey())
                : value.maximum() == null ? null : value.maximum().toString();
        if (maximum != null) {
            schema.maximum(new BigDecimal(maximum));
        }
        if (value.maxLength() != null) {
            schema.maxLength(value.maxLength());
        }
        if (!value.allowed().isEmpty()) {
            schema.enumeration(new ArrayList<>(value.allowed()));
        }
        String defaultValue =
                value.defaultKey() != null ? ConfiguredValues.value(value.defaultKey()) : value.defaultValue();
        if (defaultValue != null) {
            schema.defaultValue(value.type().equals("integer") ? Integer.valueOf(defaultValue) : defaultValue);
        }
        if (!declared.repeatable()) {
            return schema;
        }
        return OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(schema);
    }
}
