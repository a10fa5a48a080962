package io.quire.web;

/**
 * A query parameter as an endpoint declares it, once: the OpenAPI document is written from it
 * ({@code io.quire.web.openapi}), the parameter checks accept it ({@link DeclaredParameters}) and
 * {@link QueryReader} reads it.
 */
public interface QueryParameter {

    /** The name in the query string. */
    String parameterName();

    /** Whether the parameter may be given more than once; a single-valued one given twice is a 400. */
    boolean repeatable();

    /**
     * What the OpenAPI document says about it; a configuration key in braces ({@code
     * {quire.api.max-page-size}}) stands for its value when the document is built.
     */
    String description();

    /** The JSON Schema of one value. */
    ParameterValue value();

    /** A parameter given at most once. */
    static QueryParameter single(String name, String description, ParameterValue value) {
        return new Declared(name, false, description, value);
    }

    /** A parameter that may be given several times. */
    static QueryParameter repeated(String name, String description, ParameterValue value) {
        return new Declared(name, true, description, value);
    }

    /** A parameter declared outside an enum of them. */
    record Declared(String parameterName, boolean repeatable, String description, ParameterValue value)
            implements QueryParameter {}
}
