package io.quire.post.api;

import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.post.view.PostSummary;
import io.quire.web.ControlCharacters;
import io.quire.web.InvalidParametersException;
import io.quire.web.Problem.FieldError;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query parameters of post lists, taken as strings so that any malformed value becomes a 400
 * naming the parameter (rather than a framework error), then validated into a {@link PostQuery}. Their
 * names, repetition and OpenAPI descriptions are declared in {@link ListParameter} and {@link
 * ListEndpoint}.
 */
public class PostListParams {

    private static final int MAX_QUERY_LENGTH = 500;
    private static final int MAX_TAG_PARAMETERS = 20;
    private static final String CONTROL_CHARACTERS = "must not contain control characters";

    @Context
    UriInfo uri;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("tag")
    List<String> tag;

    @QueryParam("excludeTag")
    List<String> excludeTag;

    @QueryParam("featured")
    String featured;

    @QueryParam("lang")
    String lang;

    @QueryParam("year")
    String year;

    @QueryParam("month")
    String month;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("q")
    String q;

    @QueryParam("sort")
    String sort;

    /**
     * Bound like every declared list parameter, but not read here: whether a request is a preview (in
     * any spelling of this parameter, or with a bearer token) is decided once per request by {@code
     * PreviewFilter} and given to {@link #toQuery} from {@code Viewer}.
     */
    @QueryParam("preview")
    String preview;

    @QueryParam("fields")
    String fields;

    /**
     * Validates every parameter, reporting all problems at once.
     *
     * @param defaultSize page size when none is given
     * @param maxSize largest page size allowed
     * @param knownField whether a name may be asked for in {@code fields}
     * @param preview whether the request sees drafts, scheduled and expired posts ({@code Viewer})
     */
    public PostQuery toQuery(int defaultSize, int maxSize, Predicate<String> knownField, boolean preview) {
        List<FieldError> errors = new ArrayList<>();
        for (String single : ListParameter.singleValued()) {
            List<String> values = uri.getQueryParameters().get(single);
            if (values != null && values.size() > 1) {
                errors.add(new FieldError(single, "must be given at most once"));
            }
        }
        int pageNumber = integer("page", page, 1, Integer.MAX_VALUE, 1, errors);
        int pageSize = integer("size", size, 1, maxSize, defaultSize, errors);
        List<String> tags = tagValues("tag", tag, errors);
        List<String> excludeTags = tagValues("excludeTag", excludeTag, errors);
        Boolean featuredOnly = bool("featured", featured, errors);
        String language = LanguageParameter.parse(lang, errors);
        Integer yearValue = blank(year) ? null : integer("year", year, 1, 9999, null, errors);
        Integer monthValue = blank(month) ? null : integer("month", month, 1, 12, null, errors);
        if (monthValue != null && blank(year)) {
            errors.add(new FieldError("month", "needs a year: add year=YYYY"));
        }
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            errors.add(new FieldError("to", "must not be before from (" + fromDate + ")"));
        }
        String text = blank(q) ? null : q.strip();
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            errors.add(new FieldError("q", "must be at most " + MAX_QUERY_LENGTH + " characters"));
        } else if (text != null && ControlCharacters.in(text)) {
            errors.add(new FieldError("q", CONTROL_CHARACTERS));
        }
        PostSort order = null;
        if (!blank(sort)) {
            order = PostSort.fromParameter(sort.strip()).orElse(null);
            if (order == null) {
                errors.add(
                        new FieldError("sort", "must be one of " + PostSort.allowedValues() + ", was " + quoted(sort)));
            }
        }
        Set<String> fieldSet = fieldNames(knownField, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new PostQuery(
                pageNumber,
                pageSize,
                tags,
                excludeTags,
                featuredOnly,
                yearValue,
                monthValue,
                fromDate,
                toDate,
                text,
                order,
                fieldSet,
                preview,
                language);
    }

    /** This request's URI as it was sent, which {@code Link} headers are built from (see PostListResponses). */
    public UriInfo uri() {
        return uri;
    }

    private Set<String> fieldNames(Predicate<String> knownField, List<FieldError> errors) {
        if (fields == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (ControlCharacters.in(fields)) {
            errors.add(new FieldError("fields", CONTROL_CHARACTERS));
            return Set.of();
        }
        for (String part : fields.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!PostSummary.FIELDS.contains(name) && !knownField.test(name)) {
                errors.add(new FieldError(
                        "fields",
                        "unknown field '" + name + "': use a summary field (" + String.join(", ", PostSummary.FIELDS)
                                + ") or a front matter key"));
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            errors.add(new FieldError("fields", "must name at least one field"));
        }
        return names;
    }

    private static List<String> tagValues(String name, List<String> values, List<FieldError> errors) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_TAG_PARAMETERS) {
            errors.add(new FieldError(name, "may be given at most " + MAX_TAG_PARAMETERS + " times"));
        }
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            if (blank(value)) {
                errors.add(new FieldError(name, "must not be empty"));
            } else if (ControlCharacters.in(value)) {
                errors.add(new FieldError(name, CONTROL_CHARACTERS));
            } else if (value.length() > 200) {
                errors.add(new FieldError(name, "must be at most 200 characters"));
            } else {
                cleaned.add(value.strip());
            }
        }
        return cleaned;
    }

    private static Integer integer(
            String name, String value, int min, int max, Integer fallback, List<FieldError> errors) {
        if (blank(value)) {
            return fallback;
        }
        String message = "must be an integer between " + min + " and " + max + ", was " + quoted(value);
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(name, message));
                return fallback;
            }
            return (int) parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, message));
            return fallback;
        }
    }

    private static Boolean bool(String name, String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldError(name, "must be true or false, was " + quoted(value)));
                yield null;
            }
        };
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
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
            errors.add(new FieldError(name, "must be an ISO date (YYYY-MM-DD), was " + quoted(value)));
            return null;
        }
    }

    /** The client's value for an error message, cut short so a huge value cannot bloat the response. */
    private static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
