package io.quire.content.plan;

import io.quire.post.domain.Visibility;
import java.time.Instant;

/**
 * What the importer needs to know of a post already in the database: its identity and change hash,
 * what it claims (for the election of contested ids and slugs, which runs over every post at each
 * import), and what sync needs to know of it once it is replaced or deleted.
 *
 * @param slugClaim the slug it asks for (front matter, else from the path; empty when neither has
 *     letters or digits)
 * @param exposedVersion see {@code Post.exposedVersion}
 * @param exposedSlug see {@code Post.exposedSlug}
 * @param lang its language: slugs are elected per language
 */
public record StoredPost(
        long id,
        String path,
        String publicId,
        boolean publicIdNumeric,
        boolean publicIdExplicit,
        String slug,
        String slugClaim,
        boolean slugExplicit,
        Instant publishedAt,
        String contentHash,
        boolean draft,
        Instant expiresAt,
        Instant changedAt,
        long changedVersion,
        Long exposedVersion,
        String exposedSlug,
        String lang) {

    /** Whether this version of the post was public at some moment until {@code until}. */
    public boolean publishedUntil(Instant until) {
        return Visibility.publishedBetween(draft, publishedAt, expiresAt, changedAt, until);
    }

    /**
     * The first version at which this post, under its public id, was public, counting this version
     * as replaced at {@code until}; null if it never was.
     */
    public Long exposedVersionUntil(Instant until) {
        if (exposedVersion != null) {
            return exposedVersion;
        }
        return publishedUntil(until) ? changedVersion : null;
    }

    /** The slug it was last public under, this version counted as replaced at {@code until}. */
    public String exposedSlugUntil(Instant until) {
        return publishedUntil(until) ? slug : exposedSlug;
    }
}
