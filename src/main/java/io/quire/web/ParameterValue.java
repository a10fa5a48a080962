package io.quire.web;

import java.util.List;

/**
 * The schema of a query parameter's value, in JSON Schema terms: what the OpenAPI document says of it
 * and what {@link QueryReader} accepts. A bound that configuration sets names its key instead of a
 * value: the document takes the configured value when it is built, the server the value it runs with.
 *
 * @param type {@code integer}, {@code boolean} or {@code string}
 * @param format a JSON Schema format, or null
 * @param minimum for integers, or null
 * @param maximum for integers, or null (also when {@code maximumKey} sets it)
 * @param maxLength for strings, or null
 * @param allowed the values allowed, or an empty list for any
 * @param defaultValue the value that applies when the parameter is absent, or null (also when {@code
 *     defaultKey} sets it)
 * @param maximumKey the {@code quire.*} key that sets {@code maximum}, or null
 * @param defaultKey the {@code quire.*} key that sets {@code defaultValue}, or null
 */
public record ParameterValue(
        String type,
        String format,
        Integer minimum,
        Integer maximum,
        Integer maxLength,
        List<String> allowed,
        String defaultValue,
        String maximumKey,
        String defaultKey) {

    public static ParameterValue integer(Integer minimum, Integer maximum) {
        return new ParameterValue("integer", null, minimum, maximum, null, List.of(), null, null, null);
    }

    public static ParameterValue bool() {
        return new ParameterValue("boolean", null, null, null, null, List.of(), null, null, null);
    }

    public static ParameterValue date() {
        return new ParameterValue("string", "date", null, null, null, List.of(), null, null, null);
    }

    public static ParameterValue text(Integer maxLength) {
        return new ParameterValue("string", null, null, null, maxLength, List.of(), null, null, null);
    }

    public static ParameterValue oneOf(List<String> allowed) {
        return new ParameterValue("string", null, null, null, null, List.copyOf(allowed), null, null, null);
    }

    /** The same with a maximum that configuration sets (its value when the document is built). */
    public ParameterValue withConfiguredMaximum(String key) {
        return new ParameterValue(type, format, minimum, null, maxLength, allowed, defaultValue, key, defaultKey);
    }

    /** The same with a default that configuration sets (its value when the document is built). */
    public ParameterValue withConfiguredDefault(String key) {
        return new ParameterValue(type, format, minimum, maximum, maxLength, allowed, null, maximumKey, key);
    }
}
