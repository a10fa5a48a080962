package io.quire.archive.api;

import io.quire.archive.domain.ArchiveRepository;
import io.quire.post.api.LanguageParameter;
import io.quire.post.domain.Visibility;
import io.quire.replica.ReplicaRead;
import io.quire.web.EndpointDeclaration;
import io.quire.web.PreviewRequest;
import io.quire.web.Problem;
import io.quire.web.Viewer;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/archive")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Archive", description = "How many posts were published in each month")
public class ArchiveResource {

    /** The parameters of {@code getArchive}. */
    public static final EndpointDeclaration ENDPOINT =
            EndpointDeclaration.of("getArchive", LanguageParameter.DECLARED, PreviewRequest.DECLARED);

    private final ArchiveRepository archive;
    private final Clock clock;
    private final Viewer viewer;

    public ArchiveResource(ArchiveRepository archive, Clock clock, Viewer viewer) {
        this.archive = archive;
        this.clock = clock;
        this.viewer = viewer;
    }

    @GET
    @Transactional // one snapshot, on the read replica when it is current
    @ReplicaRead
    @Operation(
            operationId = "getArchive",
            summary = "Published posts per month",
            description = "Every month (UTC) with at least one published dated post, newest first. Undated posts are"
                    + " not counted. Pair with /api/posts?year=&month= to list a month (and the same lang).")
    @APIResponse(
            responseCode = "200",
            description = "Months with their post counts",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArchiveMonthResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "lang is not a language tag",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ArchiveMonthResponse> archive(@Context UriInfo uri) {
        return ArchiveResponses.of(archive.months(
                new Visibility(clock.instant(), viewer.preview()), LanguageParameter.onlyParameter(uri)));
    }
}
