package io.quire.sync.api;

import io.quire.sync.service.SyncService;
import io.quire.web.EndpointDeclaration;
import io.quire.web.ParameterValue;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Changes since a token, for clients that keep an offline copy of the posts")
public class SyncResource {

    /** {@code ?token=}: where the last sync ended. */
    static final QueryParameter TOKEN = QueryParameter.single(
            "token",
            "nextToken or nextPageToken of an earlier response; absent or empty for a full sync",
            ParameterValue.text(null));

    /** The parameters of {@code syncPosts}. */
    public static final EndpointDeclaration ENDPOINT = EndpointDeclaration.of("syncPosts", TOKEN);

    private final SyncService sync;

    public SyncResource(SyncService sync) {
        this.sync = sync;
    }

    @GET
    @Operation(
            operationId = "syncPosts",
            summary = "Published posts changed since a token, for offline copies",
            description = "Without a token: every published post, in pages. With ?token=: only what was created,"
                    + " changed, deleted or unpublished since. Apply `deleted`, then `items`; follow"
                    + " `nextPageToken` while present; keep `nextToken` for the next sync.")
    @APIResponse(
            responseCode = "200",
            description = "Posts to store and posts to drop, with the token for the next call",
            content = @Content(schema = @Schema(implementation = SyncPageResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "The token is not one this server gave out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "The token is older than the deletions this server remembers (quire.sync.retention), from"
                    + " another database (it was rebuilt) or a newer state, or from an earlier Quire: drop the local"
                    + " copy and start over without a token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SyncPageResponse sync(@Context UriInfo uri) {
        QueryReader reader = QueryReader.of(uri);
        String token = reader.single(TOKEN);
        reader.done();
        return SyncResponses.of(sync.sync(token));
    }
}
