package io.quire.post.api;

import io.quire.post.service.PostSort;
import io.quire.web.ParameterValue;
import io.quire.web.PreviewRequest;
import io.quire.web.QueryParameter;
import java.util.Arrays;
import java.util.List;

/**
 * The query parameters of post lists, declared once: their names, whether they may repeat, what the
 * OpenAPI document says about them and the JSON Schema of their values. {@link PostListParams}
 * parses them; {@link ListEndpoint} says which endpoint takes which.
 */
public enum ListParameter implements QueryParameter {
    PAGE(
            "page",
            false,
            "1-based page number. A page past the end is an empty page, not an error.",
            ParameterValue.integer(1, null)),
    SIZE(
            "size",
            false,
            "Items per page, 1 to {quire.api.max-page-size} (quire.api.max-page-size); out of range is a 400, never a silent cap.",
            ParameterValue.integer(1, null)
                    .withConfiguredMaximum("quire.api.max-page-size")
                    .withConfiguredDefault("quire.api.default-page-size")),
    TAG(
            "tag",
            true,
            "Repeatable (at most 20): a post must have all of these tags. Each value matches a tag by slug or by"
                    + " name, ignoring case; a value matching no tag gives an empty page.",
            ParameterValue.text(200)),
    EXCLUDE_TAG(
            "excludeTag",
            true,
            "Repeatable (at most 20): leave out posts having any of these tags (slug or name, ignoring case).",
            ParameterValue.text(200)),
    FEATURED("featured", false, "Only featured (true) or only not featured (false) posts.", ParameterValue.bool()),
    LANG("lang", false, LanguageParameter.DESCRIPTION, ParameterValue.text(35)),
    YEAR("year", false, "Publication year (UTC); posts without a date never match.", ParameterValue.integer(1, 9999)),
    MONTH(
            "month",
            false,
            "Publication month (1-12, UTC) within `year`; without `year` it is a 400.",
            ParameterValue.integer(1, 12)),
    FROM("from", false, "Published on or after this date (UTC, inclusive).", ParameterValue.date()),
    TO(
            "to",
            false,
            "Published on or before this date (UTC, inclusive); before `from` is a 400.",
            ParameterValue.date()),
    Q(
            "q",
            false,
            "Full-text search over title, excerpt, body and tags, with the syntax of /api/search (at most 500"
                    + " characters). With it the default order is relevance.",
            ParameterValue.text(500)),
    SORT(
            "sort",
            false,
            "Order: newest first (-date, the default without q), oldest first (date), by title (title, -title), or"
                    + " most recently updated first (-updated). Ties are broken by slug; posts without the key come"
                    + " last.",
            ParameterValue.oneOf(
                    Arrays.stream(PostSort.values()).map(PostSort::parameter).toList())),
    FIELDS(
            "fields",
            false,
            "Comma-separated names of the properties to return: summary fields (`frontMatter` included) or front"
                    + " matter keys; an unknown name is a 400. Each item then has only those properties, so it does"
                    + " not satisfy the `required` list of its schema: use it from untyped code, or with the types"
                    + " of the official TypeScript client.",
            ParameterValue.text(null)),
    PREVIEW(PreviewRequest.PARAMETER, false, PreviewRequest.DESCRIPTION, ParameterValue.text(null));

    private final String parameterName;
    private final boolean repeatable;
    private final String description;
    private final ParameterValue value;

    ListParameter(String parameterName, boolean repeatable, String description, ParameterValue value) {
        this.parameterName = parameterName;
        this.repeatable = repeatable;
        this.description = description;
        this.value = value;
    }

    @Override
    public String parameterName() {
        return parameterName;
    }

    @Override
    public boolean repeatable() {
        return repeatable;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ParameterValue value() {
        return value;
    }

    /** The names of the parameters that may be given at most once, in declaration order. */
    public static List<String> singleValued() {
        return Arrays.stream(values())
                .filter(parameter -> !parameter.repeatable)
                .map(ListParameter::parameterName)
                .toList();
    }
}
