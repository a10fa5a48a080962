package io.quire.search.index;

import io.quire.search.analysis.StemLanguage;
import java.time.Instant;
import java.util.List;

/**
 * What the search index knows of one post. Drafts, scheduled and expired posts are indexed too, with
 * their flag and dates, and filtered when a query runs by the {@link io.quire.post.domain.Visibility}
 * rule: the public never finds them, a preview does, and the index does not have to change when a
 * date passes.
 *
 * @param id the database id
 * @param excerpt may be null
 * @param body the plain text of the body
 * @param tags as this post writes them, in its order
 * @param publishedAt null for an undated post
 * @param updatedAt null when never updated
 * @param expiresAt null when it never expires
 * @param stemming the language whose stemmed fields the post gets
 * @param lang the post's language tag, for {@code ?lang=}
 */
public record IndexedPost(
        long id,
        String slug,
        String title,
        String excerpt,
        String body,
        List<Tag> tags,
        Instant publishedAt,
        Instant updatedAt,
        Instant expiresAt,
        boolean featured,
        boolean draft,
        StemLanguage stemming,
        String lang) {

    /** A tag of a post: its database id, and its name as this post writes it. */
    public record Tag(long id, String name) {}
}
