package io.quire.admin;

import io.quire.content.importer.ImportReport;
import io.quire.content.importer.ImportService;
import io.quire.web.InvalidParametersException;
import io.quire.web.NotFoundProblem;
import io.quire.web.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
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
@SecurityRequirement(name = "adminToken")
@SecurityScheme(
        securitySchemeName = "adminToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "The value of quire.admin.token")
public class AdminImportResource {

    public static final String PATH = "/api/admin/import";

    private final ImportService importer;
    private final AdminAccess access;

    public AdminImportResource(ImportService importer, AdminAccess access) {
        this.importer = importer;
        this.access = access;
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
            responseCode = "401",
            description = "Missing or wrong bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The admin API is off (no token configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport run(
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization,
            @QueryParam("dryRun")
                    @Parameter(
                            description = "Validate only: report problems, change nothing",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun) {
        access.check(authorization);
        return importer.importNow(parseDryRun(dryRun));
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
            responseCode = "401",
            description = "Missing or wrong bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "The admin API is off, or no import has finished yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport last(@HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        access.check(authorization);
        return importer.lastReport().orElseThrow(() -> new NotFoundProblem("No import has finished yet."));
    }

    private static boolean parseDryRun(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidParametersException("dryRun", "must be true or false");
    }
}
