package io.quire.admin;

import io.quire.config.QuireConfig;
import io.quire.content.importer.ImportBusyException;
import io.quire.content.importer.ImportNotStoredException;
import io.quire.content.importer.ImportReport;
import io.quire.content.importer.ImportService;
import io.quire.web.NotFoundProblem;
import io.quire.web.ParameterValue;
import io.quire.web.PostRoute;
import io.quire.web.Problem;
import io.quire.web.QueryParameter;
import io.quire.web.QueryReader;
import io.quire.web.TypedProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminImportResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin", description = "Imports on demand and their reports (only when quire.admin.token is set)")
@SecurityRequirement(name = AdminAccess.SCHEME)
@SecurityScheme(
        securitySchemeName = AdminAccess.SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The value of quire.admin.token")
public class AdminImportResource implements PostRoute {

    public static final String PATH = "/api/admin/import";

    private static final String DRY_RUN_DESCRIPTION = "Validate only: report problems, change nothing";

    /**
     * {@code ?dryRun=}: validate and report only; read by the one boolean rule of {@link QueryReader}.
     * Its OpenAPI text stays in the method's annotation: written from this declaration (as {@code
     * web.openapi.QueryParameters} writes the others) the document would change its layout.
     */
    static final QueryParameter DRY_RUN = QueryParameter.single("dryRun", DRY_RUN_DESCRIPTION, ParameterValue.bool());

    @Override
    public boolean acceptsPost(String rawPath) {
        return rawPath.equals(PATH);
    }

    private final ImportService importer;
    private final AdminAccess access;
    private final QuireConfig config;

    public AdminImportResource(ImportService importer, AdminAccess access, QuireConfig config) {
        this.importer = importer;
        this.access = access;
        this.config = config;
    }

    @POST
    @Operation(
            operationId = "runImport",
            summary = "Import the content folder now and return the report",
            description = "Reads every changed file, stores what changed in one transaction and returns the report."
                    + " With dryRun=true it only validates and reports. One import runs at a time; a second request"
                    + " waits for the first.")
    @APIResponse(
            responseCode = "200",
            description = "The import's report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "400",
            description = "dryRun is not true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another import (on this instance or another one sharing the database) still runs after"
                    + " quire.admin.import-wait; type /problems/import-in-progress, with Retry-After",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds to wait before trying again",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The database refused the import or could not be reached; nothing was changed, and the"
                    + " import is tried again by itself; type /problems/import-not-stored, with Retry-After",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds until the import is tried again",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport run(
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            @Context UriInfo uri) {
        access.check(authorization);
        QueryReader reader = QueryReader.of(uri);
        boolean dry = Boolean.TRUE.equals(reader.bool(DRY_RUN, dryRun));
        reader.done();
        Duration wait = config.admin().importWait();
        try {
            return importer.importNow(dry, wait);
        } catch (ImportBusyException e) {
            throw new TypedProblem(
                    409,
                    TypedProblem.IMPORT_IN_PROGRESS,
                    "Conflict",
                    "Another import is running (on this instance or another one sharing the database) and did not"
                            + " finish within " + wait.toSeconds() + " s; try again later.",
                    Map.of("Retry-After", "5"));
        } catch (ImportNotStoredException e) {
            Duration retry = config.content().retryInterval();
            throw new TypedProblem(
                    503,
                    TypedProblem.IMPORT_NOT_STORED,
                    "Service Unavailable",
                    "The database refused the import or could not be reached (" + e.getMessage() + "). Nothing was"
                            + " changed: the content stored before is still served. The import is tried again every "
                            + retry.toSeconds() + " s; /q/health/ready is DOWN until one is stored.",
                    Map.of("Retry-After", String.valueOf(Math.max(1, retry.toSeconds()))));
        }
    }

    @GET
    @Operation(
            operationId = "getLastImport",
            summary = "The report of the last import",
            description = "The report of the last import that was not a dry run: the startup import, a"
                    + " watch-triggered import, or the last POST.")
    @APIResponse(
            responseCode = "200",
            description = "The last import's report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(
            responseCode = "404",
            description = "The admin API is off, or no import has finished yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport last(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        access.check(authorization);
        return importer.lastReport().orElseThrow(() -> new NotFoundProblem("No import has finished yet."));
    }
}
