package io.quire.post.api;

import io.quire.post.service.PostSort;
import java.util.Arrays;
import java.util.List;

/**
 * The query parameters of post lists, declared once: their names, whether they may repeat, what the
 * OpenAPI document says about them and the JSON Schema of their values. {@link PostListParams}
 * parses them; {@link ListEndpoint} says which endpoint takes which.
 */
public enum ListParameter {
    PAGE(
            "page",
            false,
            "1-based page number. A page past the end is an empty page, not an error.",
            Value.integer(1, null)),
    SIZE(
            "size",
            false,
            "Items per page, 1 to 100 (quire.api.max-page-size); out of range is a 400, never a silent cap.",
            Value.integer(1, 100).withDefault("20")),
    TAG(
            "tag",
            true,
            "Repeatable (at most 20): a post must have all of these tags. Each value matches a tag by slug or by"
                    + " name, ignoring case; a value matching no tag gives an empty page.",
            Value.text(200)),
    EXCLUDE_TAG(
            "excludeTag",
            true,
            "Repeatable (at most 20): leave out posts having any of these tags (slug or name, ignoring case).",
            Value.text(200)),
    FEATURED("featured", false, "Only featured (true) or only not featured (false) posts.", Value.bool()),
    YEAR("year", false, "Publication year (UTC); posts without a date never match.", Value.integer(1, 9999)),
    MONTH(
            "month",
            false,
            "Publication month (1-12, UTC) within `year`; without `year` it is a 400.",
            Value.integer(1, 12)),
    FROM("from", false, "Published on or after this date (UTC, inclusive).", Value.date()),
    TO("to", false, "Published on or before this date (UTC, inclusive); before `from` is a 400.", Value.date()),
    Q(
            "q",
            false,
            "Full-text search over title, excerpt, body and tags, with the syntax of /api/search (at most 500"
                    + " characters). With it the default order is relevance.",
            Value.text(500)),
    SORT(
            "sort",
            false,
            "Order: newest first (-date, the default without q), oldest first (date), by title (title, -title), or"
                    + " most recently updated first (-updated). Ties are broken by slug; posts without the key come"
                    + " last.",
            Value.oneOf(
                    Arrays.stream(PostSort.values()).map(PostSort::parameter).toList())),
    FIELDS(
            "fields",
            false,
            "Comma-separated names of the properties to return: summary fields (`frontMatter` included) or front"
                    + " matter keys; an unknown name is a 400. Each item then has only those properties, so it does"
                    + " not satisfy the `required` list of its schema: use it from untyped code, or with the types"
                    + " of the official TypeScript client.",
            Value.text(null)),
    PREVIEW(
            "preview",
            false,
            "The preview token (quire.preview.token): also see drafts, scheduled and expired posts. A wrong token is"
                    + " a 401. Servers should rather send it as `Authorization: Bearer`.",
            Value.text(null));

    private final String parameterName;
    private final boolean repeatable;
    private final String description;
    private final Value value;

    ListParameter(String parameterName, boolean repeatable, String description, Value value) {
        this.parameterName = parameterName;
        this.repeatable = repeatable;
        this.description = description;
        this.value = value;
    }

    /** The name in the query string. */
    public String parameterName() {
        return parameterName;
    }

    /** Whether the parameter may be given more than once; a single-valued one given twice is a 400. */
    public boolean repeatable() {
        return repeatable;
    }

    public String description() {
        return description;
    }

    /** The JSON Schema of one value. */
    public Value value() {
        return value;
    }

    /** The names of the parameters that may be given at most once, in declaration order. */
    public static List<String> singleValued() {
        return Arrays.stream(values())
                .filter(parameter -> !parameter.repeatable)
                .map(ListParameter::parameterName)
                .toList();
    }

    /**
     * The schema of a parameter's value, in JSON Schema terms.
     *
     * @param type {@code integer}, {@code boolean} or {@code string}
     * @param format a JSON Schema format, or null
     * @param minimum for integers, or null
     * @param maximum for integers, or null
     * @param maxLength for strings, or null
     * @param allowed the values allowed, or an empty list for any
     * @param defaultValue the value that applies when the parameter is absent, or null
     */
    public record Value(
            String type,
            String format,
            Integer minimum,
            Integer maximum,
            Integer maxLength,
            List<String> allowed,
            String defaultValue) {

        static Value integer(Integer minimum, Integer maximum) {
            return new Value("integer", null, minimum, maximum, null, List.of(), null);
        }

        static Value bool() {
            return new Value("boolean", null, null, null, null, List.of(), null);
        }

        static Value date() {
            return new Value("string", "date", null, null, null, List.of(), null);
        }

        static Value text(Integer maxLength) {
            return new Value("string", null, null, null, maxLength, List.of(), null);
        }

        static Value oneOf(List<String> allowed) {
            return new Value("string", null, null, null, null, List.copyOf(allowed), null);
        }

        Value withDefault(String value) {
            return new Value(type, format, minimum, maximum, maxLength, allowed, value);
        }
    }
}
