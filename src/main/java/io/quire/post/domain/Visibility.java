package io.quire.post.domain;

import java.time.Instant;

/**
 * Which posts a reader may see: the public sees published posts at {@code now}; a preview (with the
 * preview token) also sees drafts, scheduled and expired posts.
 */
public record Visibility(Instant now, boolean preview) {

    /** JPQL condition over the alias {@code p}, with parameters {@code :now} and {@code :preview}. */
    public static final String CONDITION = "(:preview = true or (p.draft = false"
            + " and (p.publishedAt is null or p.publishedAt <= :now)"
            + " and (p.expiresAt is null or p.expiresAt > :now)))";

    /**
     * {@link #CONDITION} in Java, for the post list index: instants in microseconds since the epoch,
     * {@code missing} for none.
     */
    public static boolean admits(
            boolean preview, boolean draft, long publishedAt, long expiresAt, long now, long missing) {
        return preview
                || (!draft
                        && (publishedAt == missing || publishedAt <= now)
                        && (expiresAt == missing || expiresAt > now));
    }

    public static Visibility publicAt(Instant now) {
        return new Visibility(now, false);
    }

    public <Q extends jakarta.persistence.Query> Q bind(Q query) {
        query.setParameter("now", now);
        query.setParameter("preview", preview);
        return query;
    }
}
