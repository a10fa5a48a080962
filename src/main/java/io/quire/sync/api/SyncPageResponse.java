package io.quire.sync.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quire.post.api.PostContentResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One response of {@code /api/sync}. Apply {@code deleted} then {@code items} to the local store;
 * then call again with {@code nextPageToken} if present, else keep {@code nextToken} for next time.
 */
@Schema(name = "SyncPage")
public record SyncPageResponse(
        @Schema(description = "Posts created or changed since the token, in their full current state")
        List<PostContentResponse> items,

        @Schema(description = "Posts deleted or no longer published since the token")
        List<DeletedPostResponse> deleted,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only while this response has more pages: call again with" + " ?token=<nextPageToken>")
        String nextPageToken,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description = "Only on the last page: keep it; the next sync with ?token=<nextToken> returns"
                        + " what changed after now")
        String nextToken) {}
