package io.quire.post.domain;

import java.time.Instant;

/** What ordering and filtering a post list needs of a post, for the list index. */
public record PostSortRow(
        Long id,
        String slug,
        String title,
        Instant publishedAt,
        Instant updatedAt,
        Instant expiresAt,
        boolean draft,
        boolean featured,
        String lang) {

    /** JPQL constructor expression selecting a {@code PostSortRow} of every post. */
    public static final String SELECT_ALL = "select new io.quire.post.domain.PostSortRow(p.id, p.slug, p.title,"
            + " p.publishedAt, p.updatedAt, p.expiresAt, p.draft, p.featured, p.lang) from Post p";
}
