package io.quire.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quire.post.api.PostContent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One response of {@code /api/sync}. Apply {@code deleted} then {@code items} to the local store;
 * then call again with {@code nextPageToken} if present, else keep {@code nextToken} for next time.
 */
@Schema(name = "SyncPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncPage(
        @Schema(description = "Posts created or changed since the token, in their full current state")
        List<PostContent> items,

        @Schema(description = "Posts deleted or no longer published since the token")
        List<DeletedPost> deleted,

        @Schema(description = "More of this response: call again with ?token=<nextPageToken>")
        String nextPageToken,

        @Schema(description = "Keep this; the next sync with ?token=<nextToken> returns what changed after now")
        String nextToken) {

    /** A post the client should drop. */
    @Schema(name = "DeletedPost")
    public record DeletedPost(
            @Schema(
                    oneOf = {Long.class, String.class},
                    examples = "7")
            Object id,

            @Schema(examples = "old-post") String slug,
            @Schema(examples = "2025-03-01T10:00:00Z") String deletedAt) {}
}
