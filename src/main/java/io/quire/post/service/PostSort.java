package io.quire.post.service;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Orders of post lists. Every order ends with the slug and the language (a slug is unique within a
 * language) so that equal keys never make pages overlap; posts without the sort key (no date) come
 * last in both directions.
 */
public enum PostSort {
    DATE_DESC("-date", "p.publishedAt desc", Key.PUBLISHED, true),
    DATE_ASC("date", "p.publishedAt asc", Key.PUBLISHED, false),
    TITLE_ASC("title", "lower(p.title) asc", Key.TITLE, false),
    TITLE_DESC("-title", "lower(p.title) desc", Key.TITLE, true),
    UPDATED_DESC("-updated", "coalesce(p.updatedAt, p.publishedAt) desc", Key.UPDATED, true);

    /** What an order compares first (then the slug, A-Z): the same in JPQL and in the {@link ListIndex}. */
    public enum Key {
        /** The publication instant; missing last. */
        PUBLISHED,
        /** The title, lower-cased. */
        TITLE,
        /** The update instant, else the publication instant; missing last. */
        UPDATED
    }

    private final String parameter;
    private final String orderBy;
    private final Key key;
    private final boolean descending;

    PostSort(String parameter, String orderBy, Key key, boolean descending) {
        this.parameter = parameter;
        this.orderBy = orderBy;
        this.key = key;
        this.descending = descending;
    }

    public Key key() {
        return key;
    }

    public boolean descending() {
        return descending;
    }

    public String parameter() {
        return parameter;
    }

    /** The JPQL {@code order by} clause, over the alias {@code p}. */
    public String orderByClause() {
        String key = orderBy.substring(0, orderBy.lastIndexOf(' '));
        return "case when " + key + " is null then 1 else 0 end, " + orderBy + ", p.slug asc, p.lang asc";
    }

    public static Optional<PostSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(PostSort::parameter).collect(Collectors.joining(", "));
    }
}
