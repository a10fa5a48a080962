package io.quire.content.plan;

import io.quire.content.assemble.ImportedPost;

/**
 * A post to write, with its final public id and slug.
 *
 * @param storedId the database id of the post this file had before, or null for a new post
 */
public record PlannedPost(ImportedPost post, String publicId, boolean publicIdNumeric, String slug, Long storedId) {}
