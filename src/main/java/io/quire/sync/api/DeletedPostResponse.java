package io.quire.sync.api;

import io.quire.post.view.PostIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A post the client should drop: one that was deleted or stopped being published. */
@Schema(name = "DeletedPost")
public record DeletedPostResponse(
        @Schema(ref = PostIds.SCHEMA) Object id,

        @Schema(description = "The slug the post was last published under", examples = "old-post")
        String slug,

        @Schema(
                description = "When the post was deleted or stopped being published",
                format = "date-time",
                examples = "2025-03-01T10:00:00Z")
        String deletedAt) {}
