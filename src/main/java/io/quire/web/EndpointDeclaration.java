package io.quire.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of one endpoint, declared once: which operations it is (by OpenAPI
 * operationId), which parameters each takes in the order the document lists them, which it requires
 * and which it describes in its own words. The OpenAPI document, the parameter checks ({@link
 * DeclaredParameters}) and {@link QueryReader} all read this.
 */
public interface EndpointDeclaration {

    /** The OpenAPI operationIds of this endpoint's operations. */
    List<String> operationIds();

    /** The parameters this endpoint takes, in the order the OpenAPI document lists them. */
    List<? extends QueryParameter> parameters();

    /** Whether a request without {@code parameter} is a 400. */
    boolean requires(QueryParameter parameter);

    /** What the OpenAPI document says about a parameter of this endpoint. */
    String describe(QueryParameter parameter);

    /** Whether this endpoint takes {@code parameter}. */
    default boolean takes(QueryParameter parameter) {
        return parameters().contains(parameter);
    }

    /** An endpoint that requires none of its parameters and describes them as they are declared. */
    static Plain of(String operationId, QueryParameter... parameters) {
        return new Plain(List.of(operationId), List.of(parameters), Map.of());
    }

    /** See {@link #of}. */
    record Plain(List<String> operationIds, List<QueryParameter> parameters, Map<QueryParameter, String> descriptions)
            implements EndpointDeclaration {

        /** The same, with {@code parameter} described in this endpoint's own words. */
        public Plain describing(QueryParameter parameter, String description) {
            Map<QueryParameter, String> more = new HashMap<>(descriptions);
            more.put(parameter, description);
            return new Plain(operationIds, parameters, Map.copyOf(more));
        }

        @Override
        public boolean requires(QueryParameter parameter) {
            return false;
        }

        @Override
        public String describe(QueryParameter parameter) {
            return descriptions.getOrDefault(parameter, parameter.description());
        }
    }
}
