package io.quire.web;

import io.quire.web.Problem.FieldError;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one parser of declared query parameters ({@link QueryParameter}): it reads each value by its
 * declared schema and collects every problem, so that a request learns all that is wrong with it in
 * one 400 ({@link #done()}). Values are read from the query as the REST layer binds them ({@link
 * QueryString}: names in any case); a bean of {@code @QueryParam}s may hand its bound values to the
 * same methods.
 */
public final class QueryReader {

    /** The message for a value with control characters, which no parameter takes. */
    public static final String CONTROL_CHARACTERS = "must not contain control characters";

    private final List<QueryString.Parameter> query;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryReader(List<QueryString.Parameter> query) {
        this.query = query;
    }

    /** A reader of this request's query. */
    public static QueryReader of(UriInfo uri) {
        return new QueryReader(QueryString.parse(uri.getRequestUri().getRawQuery()));
    }

    /** Every value given for {@code parameter}, in order. */
    public List<String> values(QueryParameter parameter) {
        return query.stream()
                .filter(given -> given.is(parameter.parameterName()))
                .map(QueryString.Parameter::value)
                .toList();
    }

    /** Whether the request gives {@code parameter} at all (even empty). */
    public boolean has(QueryParameter parameter) {
        return query.stream().anyMatch(given -> given.is(parameter.parameterName()));
    }

    /**
     * The value of a single-valued parameter, or null when absent; given twice is an error, and the
     * first value is read (as the REST layer binds it).
     */
    public String single(QueryParameter parameter) {
        List<String> values = values(parameter);
        if (values.isEmpty()) {
            return null;
        }
        onlyOnce(parameter, values);
        return values.get(0);
    }

    /** An error unless the single-valued {@code parameter} is given at most once. */
    public void onlyOnce(QueryParameter parameter) {
        onlyOnce(parameter, values(parameter));
    }

    private void onlyOnce(QueryParameter parameter, List<String> values) {
        if (!parameter.repeatable() && values.size() > 1) {
            reject(parameter, "must be given at most once");
        }
    }

    /** The request's value as an integer within the declared bounds; null when absent or wrong. */
    public Integer integer(QueryParameter parameter) {
        Integer maximum = parameter.value().maximum();
        return integer(parameter, single(parameter), maximum == null ? Integer.MAX_VALUE : maximum, null);
    }

    /**
     * An integer between the declared minimum and {@code maximum} (the declared one, or the configured
     * one for a {@link ParameterValue#maximumKey()}); {@code fallback} when blank or wrong.
     */
    public Integer integer(QueryParameter parameter, String value, int maximum, Integer fallback) {
        if (blank(value)) {
            return fallback;
        }
        Integer declaredMinimum = parameter.value().minimum();
        int minimum = declaredMinimum == null ? Integer.MIN_VALUE : declaredMinimum;
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= minimum && parsed <= maximum) {
                return (int) parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(parameter, "must be an integer between " + minimum + " and " + maximum + ", was " + quoted(value));
        return fallback;
    }

    /**
     * {@code true} or {@code false} in any case, exactly: unlike other values, not stripped, so {@code
     * " true"} is wrong (docs/api.md); null when blank or wrong.
     */
    public Boolean bool(QueryParameter parameter, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                reject(parameter, "must be true or false, was " + quoted(value));
                yield null;
            }
        };
    }

    /** An ISO date of the years 1 to 9999; null when blank or wrong. */
    public LocalDate date(QueryParameter parameter, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(value.strip());
            if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                throw new DateTimeException("year out of range");
            }
            return parsed;
        } catch (DateTimeException e) {
            reject(parameter, "must be an ISO date (YYYY-MM-DD), was " + quoted(value));
            return null;
        }
    }

    /**
     * One of the declared values, stripped; null when blank, and when not allowed, with {@code
     * message} as the error.
     */
    public String oneOf(QueryParameter parameter, String message) {
        String value = single(parameter);
        if (blank(value)) {
            return null;
        }
        String stripped = value.strip();
        if (parameter.value().allowed().contains(stripped)) {
            return stripped;
        }
        reject(parameter, message);
        return null;
    }

    /**
     * Text without control characters and within the declared length, stripped; null when blank or
     * wrong.
     */
    public String text(QueryParameter parameter, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        Integer maxLength = parameter.value().maxLength();
        if (maxLength != null && text.length() > maxLength) {
            reject(parameter, "must be at most " + maxLength + " characters");
            return null;
        }
        if (ControlCharacters.in(text)) {
            reject(parameter, CONTROL_CHARACTERS);
            return null;
        }
        return text;
    }

    /** Reports a problem with {@code parameter}. */
    public void reject(QueryParameter parameter, String message) {
        errors.add(new FieldError(parameter.parameterName(), message));
    }

    /** Reports problems found elsewhere, in order after those found so far. */
    public void rejectAll(List<FieldError> more) {
        errors.addAll(more);
    }

    /** The problems found so far, in the order they were found. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Ends the reading.
     *
     * @throws InvalidParametersException naming every problem found, when there is one
     */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /** The client's value for an error message, cut short so a huge value cannot bloat the response. */
    public static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
