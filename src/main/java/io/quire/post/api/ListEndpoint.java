package io.quire.post.api;

import static io.quire.post.api.ListParameter.EXCLUDE_TAG;
import static io.quire.post.api.ListParameter.FEATURED;
import static io.quire.post.api.ListParameter.FIELDS;
import static io.quire.post.api.ListParameter.FROM;
import static io.quire.post.api.ListParameter.LANG;
import static io.quire.post.api.ListParameter.MONTH;
import static io.quire.post.api.ListParameter.PAGE;
import static io.quire.post.api.ListParameter.PREVIEW;
import static io.quire.post.api.ListParameter.Q;
import static io.quire.post.api.ListParameter.SIZE;
import static io.quire.post.api.ListParameter.SORT;
import static io.quire.post.api.ListParameter.TAG;
import static io.quire.post.api.ListParameter.TO;
import static io.quire.post.api.ListParameter.YEAR;

import io.quire.web.EndpointDeclaration;
import io.quire.web.QueryParameter;
import java.util.List;
import java.util.Map;

/**
 * The endpoints that take the {@link ListParameter}s, each declared once ({@link EndpointDeclaration}):
 * which operations they are (by OpenAPI operationId), which parameters each takes, in what order,
 * which it requires and which it describes in its own words. The OpenAPI document lists exactly these
 * parameters; an endpoint answers a parameter it does not take with a 400 (feeds) or ignores it.
 */
public enum ListEndpoint implements EndpointDeclaration {
    /** {@code /api/posts} and {@code /api/tags/{slug}/posts}: a page of summaries. */
    POSTS(
            List.of("listPosts", "listTagPosts"),
            List.of(PAGE, SIZE, TAG, EXCLUDE_TAG, FEATURED, LANG, YEAR, MONTH, FROM, TO, Q, SORT, FIELDS, PREVIEW),
            List.of(),
            Map.of(),
            true),
    /** {@code /api/search}: a page of hits; {@code q} is required. */
    SEARCH(
            List.of("searchPosts"),
            List.of(Q, PAGE, SIZE, TAG, EXCLUDE_TAG, FEATURED, LANG, YEAR, MONTH, FROM, TO, SORT, FIELDS, PREVIEW),
            List.of(Q),
            Map.of(
                    Q,
                    "The text to search for (at most 500 characters). Every word must occur; `a | b` for either,"
                            + " `\"an exact phrase\"`, `deploy*` for a prefix, `-word` to leave out. Missing or blank"
                            + " is a 400.",
                    SORT,
                    "Order instead of relevance (the default): -date, date, title, -title or -updated; ties are"
                            + " broken by slug.",
                    FIELDS,
                    "Comma-separated names of the properties of each hit's `post` to return: summary fields"
                            + " (`frontMatter` included) or front matter keys; an unknown name is a 400. The post then"
                            + " does not satisfy the `required` list of its schema."),
            true),
    /**
     * The RSS, Atom and JSON feeds: the filters and paging of {@code /api/posts}, but not {@code q}, {@code
     * fields} or a {@code sort} other than {@code -date}, which they answer with a 400.
     */
    FEED(
            List.of("rssFeed", "atomFeed", "jsonFeed"),
            List.of(PAGE, SIZE, TAG, EXCLUDE_TAG, FEATURED, LANG, YEAR, MONTH, FROM, TO, PREVIEW),
            List.of(),
            Map.of(
                    SIZE,
                    "Entries per page, 1 to {quire.api.max-page-size}; defaults to quire.feed.size"
                            + " ({quire.feed.size})."),
            false);

    private final List<String> operationIds;
    private final List<ListParameter> parameters;
    private final List<ListParameter> required;
    private final Map<ListParameter, String> descriptions;
    private final boolean pagingHeaders;

    ListEndpoint(
            List<String> operationIds,
            List<ListParameter> parameters,
            List<ListParameter> required,
            Map<ListParameter, String> descriptions,
            boolean pagingHeaders) {
        this.operationIds = operationIds;
        this.parameters = parameters;
        this.required = required;
        this.descriptions = descriptions;
        this.pagingHeaders = pagingHeaders;
    }

    @Override
    public List<String> operationIds() {
        return operationIds;
    }

    @Override
    public List<ListParameter> parameters() {
        return parameters;
    }

    @Override
    public boolean requires(QueryParameter parameter) {
        return required.contains(parameter);
    }

    @Override
    public String describe(QueryParameter parameter) {
        String own = parameter instanceof ListParameter listed ? descriptions.get(listed) : null;
        return own != null ? own : parameter.description();
    }

    /** Whether responses carry {@code Link} and {@code X-Total-Count} (JSON pages do, feeds do not). */
    public boolean pagingHeaders() {
        return pagingHeaders;
    }
}
