package io.quire.web;

import java.util.Map;

/**
 * A failure that leaves as a problem of its own kind: a stable {@code type} URI that clients can
 * branch on, its status, and headers such as {@code Retry-After}. Mapped by {@link ProblemMapper}.
 */
public class TypedProblem extends RuntimeException {

    /** 409: another import runs (here or on another instance sharing the database). */
    public static final String IMPORT_IN_PROGRESS = "/problems/import-in-progress";

    /** 503: the database refused the import's writes or could not be reached. */
    public static final String IMPORT_NOT_STORED = "/problems/import-not-stored";

    /**
     * 503: the request needs the search index (a search, a text filter, a post's related posts) and the
     * first one, after a start without a kept index, was not built within {@code
     * quire.search.first-index-wait}.
     */
    public static final String SEARCH_INDEX_BUILDING = "/problems/search-index-building";

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> headers;

    public TypedProblem(int status, String type, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
