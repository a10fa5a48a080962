package io.quire.post.api;

import static io.quire.post.api.ListParameter.EXCLUDE_TAG;
import static io.quire.post.api.ListParameter.FEATURED;
import static io.quire.post.api.ListParameter.FIELDS;
import static io.quire.post.api.ListParameter.FROM;
import static io.quire.post.api.ListParameter.MONTH;
import static io.quire.post.api.ListParameter.PAGE;
import static io.quire.post.api.ListParameter.Q;
import static io.quire.post.api.ListParameter.SIZE;
import static io.quire.post.api.ListParameter.SORT;
import static io.quire.post.api.ListParameter.TAG;
import static io.quire.post.api.ListParameter.TO;
import static io.quire.post.api.ListParameter.YEAR;

import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSort;
import io.quire.web.ControlCharacters;
import io.quire.web.Problem.FieldError;
import io.quire.web.QueryReader;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query parameters of post lists, taken as strings so that any malformed value becomes a 400
 * naming the parameter (rather than a framework error), then read by {@link QueryReader} into a {@link
 * PostQuery}. Their names, repetition, bounds and OpenAPI descriptions are declared in {@link
 * ListParameter} and {@link ListEndpoint}.
 */
public class PostListParams {

    private static final int MAX_TAG_PARAMETERS = 20;

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
        QueryReader reader = QueryReader.of(uri);
        for (ListParameter parameter : ListParameter.values()) {
            reader.onlyOnce(parameter);
        }
        int pageNumber = reader.integer(PAGE, page, Integer.MAX_VALUE, 1);
        int pageSize = reader.integer(SIZE, size, maxSize, defaultSize);
        List<String> tags = tagValues(TAG, tag, reader);
        List<String> excludeTags = tagValues(EXCLUDE_TAG, excludeTag, reader);
        Boolean featuredOnly = reader.bool(FEATURED, featured);
        List<FieldError> languageErrors = new ArrayList<>();
        String language = LanguageParameter.parse(lang, languageErrors);
        reader.rejectAll(languageErrors);
        Integer yearValue = reader.integer(YEAR, year, YEAR.value().maximum(), null);
        Integer monthValue = reader.integer(MONTH, month, MONTH.value().maximum(), null);
        if (monthValue != null && QueryReader.blank(year)) {
            reader.reject(MONTH, "needs a year: add year=YYYY");
        }
        LocalDate fromDate = reader.date(FROM, from);
        LocalDate toDate = reader.date(TO, to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            reader.reject(TO, "must not be before from (" + fromDate + ")");
        }
        String text = reader.text(Q, q);
        PostSort order = null;
        if (!QueryReader.blank(sort)) {
            order = PostSort.fromParameter(sort.strip()).orElse(null);
            if (order == null) {
                reader.reject(SORT, "must be one of " + PostSort.allowedValues() + ", was " + QueryReader.quoted(sort));
            }
        }
        Set<String> fieldSet = fieldNames(knownField, reader);
        reader.done();
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

    private Set<String> fieldNames(Predicate<String> knownField, QueryReader reader) {
        if (fields == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (ControlCharacters.in(fields)) {
            reader.reject(FIELDS, QueryReader.CONTROL_CHARACTERS);
            return Set.of();
        }
        for (String part : fields.split(",", -1)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!PostSummaryResponse.FIELDS.contains(name) && !knownField.test(name)) {
                reader.reject(
                        FIELDS,
                        "unknown field '" + name + "': use a summary field ("
                                + String.join(", ", PostSummaryResponse.FIELDS) + ") or a front matter key");
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            reader.reject(FIELDS, "must name at least one field");
        }
        return names;
    }

    private static List<String> tagValues(ListParameter parameter, List<String> values, QueryReader reader) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_TAG_PARAMETERS) {
            reader.reject(parameter, "may be given at most " + MAX_TAG_PARAMETERS + " times");
        }
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            if (QueryReader.blank(value)) {
                reader.reject(parameter, "must not be empty");
            } else if (ControlCharacters.in(value)) {
                reader.reject(parameter, QueryReader.CONTROL_CHARACTERS);
            } else if (value.length() > parameter.value().maxLength()) {
                reader.reject(parameter, "must be at most " + parameter.value().maxLength() + " characters");
            } else {
                cleaned.add(value.strip());
            }
        }
        return cleaned;
    }
}
