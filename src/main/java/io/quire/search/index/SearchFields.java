package io.quire.search.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Names of the fields of the search index, and how much a match in each text field counts. */
public final class SearchFields {

    public static final String TITLE = "title";
    public static final String TAGS = "tags";
    public static final String EXCERPT = "excerpt";
    public static final String BODY = "body";

    /** The database id of the post, as a keyword: to leave a post out of its own related posts. */
    public static final String ID = "id";

    /** Doc values: the post's position in {@link IndexSnapshot#post(int)}. */
    public static final String ORD = "ord";

    /**
     * Doc values: {@link #textHash} of the texts indexed, so that highlighting knows whether the texts
     * it is given are those whose offsets the index holds.
     */
    public static final String TEXT_HASH = "text_hash";

    /** Keyword and sorted-set doc values (for facets): the database id of each tag of the post. */
    public static final String TAG_ID = "tag";

    /** Keyword: {@code true} or {@code false}. */
    public static final String FEATURED = "featured";

    /** Keyword: the post's language tag ({@code en}, {@code pt-br}). */
    public static final String LANG = "lang";

    /** Keyword: {@code true} or {@code false}. */
    public static final String DRAFT = "draft";

    /** Point, microseconds since the epoch: the publication date; absent for undated posts. */
    public static final String PUBLISHED = "published";

    /** Point: from when the post is dated ({@link Long#MIN_VALUE} for undated posts). */
    public static final String VISIBLE_FROM = "visible_from";

    /** Point: until when, exclusive, the post is not expired ({@link Long#MAX_VALUE} if it never expires). */
    public static final String VISIBLE_UNTIL = "visible_until";

    /**
     * Text fields and their weights: a word in the title says more about what a post is about than
     * the same word somewhere in a long body; tags are chosen by the author; the excerpt summarises.
     */
    public static final Map<String, Float> TEXT_WEIGHTS = textWeights();

    private SearchFields() {}

    /**
     * A hash of a post's title, excerpt and body (null as empty), for telling whether texts are those
     * the index was built from: a changed post has another hash, except with a chance of about one in
     * four billion per change.
     */
    public static long textHash(String title, String excerpt, String body) {
        long hash = Objects.hashCode(title);
        hash = hash * 1_000_003 + Objects.hashCode(excerpt);
        hash = hash * 1_000_003 + Objects.hashCode(body);
        return hash * 31 + (body == null ? 0 : body.length());
    }

    private static Map<String, Float> textWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(TITLE, 4f);
        weights.put(TAGS, 3f);
        weights.put(EXCERPT, 2f);
        weights.put(BODY, 1f);
        return Collections.unmodifiableMap(weights);
    }
}
