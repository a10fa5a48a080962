package io.quire.content.plan;

import io.quire.content.assemble.DescribedPost;

/**
 * A post to write, with its final public id and slug.
 *
 * @param previous the stored post this file updates, or null for a new post
 */
public record PlannedPost(
        DescribedPost post, String publicId, boolean publicIdNumeric, String slug, StoredPost previous) {}
