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
    DATE_DESC("-date", "p.publishedAt desc"),
    DATE_ASC("date", "p.publishedAt asc"),
    TITLE_ASC("title", "lower(p.title) asc"),
    TITLE_DESC("-title", "lower(p.title) desc"),
    UPDATED_DESC("-updated", "coalesce(p.updatedAt, p.publishedAt) desc");

    private final String parameter;
    private final String orderBy;

    PostSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
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
