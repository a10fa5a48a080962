package io.quire.asset.api;

import io.quire.asset.domain.Asset;
import io.quire.asset.service.AssetService;
import io.quire.asset.service.AssetService.Found;
import io.quire.asset.service.ByteRange;
import io.quire.http.CachePolicy;
import io.quire.http.Validators;
import io.quire.site.RequestUrls;
import io.quire.web.EndpointDeclaration;
import io.quire.web.IgnoresUnknownParameters;
import io.quire.web.NotFoundProblem;
import io.quire.web.PreviewRequest;
import io.quire.web.Problem;
import io.quire.web.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PathPart;

/**
 * {@code /assets/...}: the images, video, audio and PDF files next to the posts. Posts link to the
 * content-hashed form {@code /assets/{hash}/{path}}, which never changes and may be cached forever;
 * {@code /assets/{path}} is the current file under a short cache lifetime. Both answer ranges (video
 * seeking), conditional requests and HEAD.
 */
@Path("/assets")
@IgnoresUnknownParameters
@Tag(name = "Assets", description = "Images, video, audio and PDF files next to the posts")
public class AssetResource {

    /** A year: the longest lifetime HTTP caches honour. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** SVG can carry script: served as a sandboxed document that may load nothing. */
    static final String SVG_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

    /** The parameters of both operations: only {@code preview}, in the words of assets. */
    public static final List<EndpointDeclaration> ENDPOINTS = Stream.of("getAssetVersion", "getAsset")
            .map(operationId -> EndpointDeclaration.of(operationId, PreviewRequest.DECLARED)
                    .describing(PreviewRequest.DECLARED, "The preview token: also serve assets of unpublished posts"))
            .map(EndpointDeclaration.class::cast)
            .toList();

    private final AssetService assets;
    private final CachePolicy policy;
    private final Viewer viewer;
    private final RequestUrls urls;

    public AssetResource(AssetService assets, CachePolicy policy, Viewer viewer, RequestUrls urls) {
        this.assets = assets;
        this.policy = policy;
        this.viewer = viewer;
        this.urls = urls;
    }

    @GET
    @Path("{hash: [0-9a-f]{16}}/{path: .+}")
    @Operation(
            operationId = "getAssetVersion",
            summary = "One version of an asset, cacheable forever",
            description = "The URL posts link to: the first 16 hex digits of the file's SHA-256, then its path in the"
                    + " content root. Served with Cache-Control: immutable. When the file has changed since, a 302"
                    + " leads to its current URL. Ranges (Range, If-Range) and conditional requests are answered.")
    @APIResponse(
            responseCode = "200",
            description = "The file; its Content-Type is that of its extension",
            headers = {
                @Header(
                        name = "Accept-Ranges",
                        description = "Always bytes",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "bytes")),
                @Header(
                        name = "X-Content-Type-Options",
                        description = "Always nosniff",
                        schema = @Schema(type = SchemaType.STRING, enumeration = "nosniff")),
                @Header(
                        name = "Content-Security-Policy",
                        description = "For SVG only: a sandbox that runs and loads nothing",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = {
                @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "audio/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "206",
            description = "The byte range asked for with Range",
            headers =
                    @Header(
                            name = "Content-Range",
                            description = "bytes first-last/size",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = "image/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "video/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "audio/*", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "302",
            description = "The file changed since this URL was written out",
            headers =
                    @Header(
                            name = "Location",
                            description = "The file's current content-hashed URL",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(
            responseCode = "404",
            description = "No asset at this path that a published post links to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "416",
            description = "The range starts after the end of the file (Content-Range: bytes */size)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response version(
            @PathParam("hash") @Parameter(description = "First 16 hex digits of the file's SHA-256") String hash,
            @PathParam("path") @Parameter(description = "Path of the file in the content root") String path,
            @HeaderParam("Range") @Parameter(hidden = true) String range,
            @HeaderParam("If-Range") @Parameter(hidden = true) String ifRange,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) @Parameter(hidden = true) String ifModifiedSince,
            @Context UriInfo uri) {
        boolean previewing = viewer.preview();
        String rawPath = uri.getRequestUri().getRawPath();
        Found found = find(rawPath, path, previewing).orElse(null);
        if (found == null) {
            // A folder of the content root may be named like a hash: then this is a plain path.
            return serve(
                    find(rawPath, hash + "/" + path, previewing).orElseThrow(() -> notFound(hash + "/" + path)),
                    false,
                    range,
                    ifRange,
                    ifNoneMatch,
                    ifModifiedSince);
        }
        if (!found.asset().hash.startsWith(hash) && found.current()) {
            return Response.status(Response.Status.FOUND)
                    .location(URI.create(urls.get().asset(found.asset().hash, found.asset().path)))
                    .header(HttpHeaders.CACHE_CONTROL, policy.publicCacheControl())
                    .build();
        }
        return serve(found, found.asset().hash.startsWith(hash), range, ifRange, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("{path: .+}")
    @Operation(
            operationId = "getAsset",
            summary = "The current version of an asset",
            description = "An image, video, audio or PDF file of the content root that a published post links to,"
                    + " by its path. Cached briefly like other public responses; posts link to the content-hashed"
                    + " URL instead. Ranges (Range, If-Range) and conditional requests are answered.")
    // Its responses are those of getAssetVersion but the 302 (web.openapi.SharedResponses).
    public Response current(
            @PathParam("path") @Parameter(description = "Path of the file in the content root") String path,
            @HeaderParam("Range") @Parameter(hidden = true) String range,
            @HeaderParam("If-Range") @Parameter(hidden = true) String ifRange,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(hidden = true) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) @Parameter(hidden = true) String ifModifiedSince,
            @Context UriInfo uri) {
        boolean previewing = viewer.preview();
        Found found = find(uri.getRequestUri().getRawPath(), path, previewing).orElseThrow(() -> notFound(path));
        return serve(found, false, range, ifRange, ifNoneMatch, ifModifiedSince);
    }

    private java.util.Optional<Found> find(String rawPath, String path, boolean preview) {
        if (!isPlainPath(rawPath, path)) {
            return java.util.Optional.empty();
        }
        return assets.find(path, preview);
    }

    /**
     * Whether a path can name a scanned file at all: no dot segments, empty segments, dot files,
     * backslashes or control characters, also when percent-encoded ({@code %2e%2e}, {@code %5c}). An
     * encoded slash ({@code %2F}) counts as a slash, as client generators encode the path parameter so.
     * Only indexed paths are ever served, so this is not what keeps requests inside the content root;
     * it keeps one URL per file.
     */
    static boolean isPlainPath(String rawPath, String path) {
        String raw = rawPath.toLowerCase(Locale.ROOT);
        if (raw.contains("%5c") || raw.contains("%00")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '\\' || c < 0x20 || c == 0x7F) {
                    return false;
                }
            }
        }
        return true;
    }

    private Response serve(
            Found found, boolean immutable, String range, String ifRange, String ifNoneMatch, String ifModifiedSince) {
        Asset asset = found.asset();
        String etag = found.current() ? "\"" + asset.hash + "\"" : null;
        Instant lastModified = Instant.ofEpochMilli(found.modifiedMillis());
        String cacheControl =
                !found.current() ? CachePolicy.NO_STORE : immutable ? IMMUTABLE : policy.publicCacheControl();
        if (etag != null && Validators.notModified(ifNoneMatch, ifModifiedSince, etag, lastModified)) {
            return headers(Response.notModified(), found, etag, lastModified, cacheControl)
                    .build();
        }
        ByteRange.Request request = ifRangeHolds(ifRange, etag, lastModified)
                ? ByteRange.parse(range, found.size())
                : new ByteRange.Request.Whole();
        if (request instanceof ByteRange.Request.Unsatisfiable) {
            throw new WebApplicationException(Response.status(416)
                    .header("Content-Range", "bytes */" + found.size())
                    .header("Accept-Ranges", "bytes")
                    .build());
        }
        Response.ResponseBuilder response;
        if (request instanceof ByteRange.Request.Part part) {
            ByteRange bytes = part.range();
            response = Response.status(206)
                    .header("Content-Range", "bytes " + bytes.first() + "-" + bytes.last() + "/" + found.size())
                    .header(HttpHeaders.CONTENT_LENGTH, bytes.length())
                    .entity(new PathPart(found.file(), bytes.first(), bytes.length()));
        } else {
            response = Response.ok(new PathPart(found.file(), 0, found.size()))
                    .header(HttpHeaders.CONTENT_LENGTH, found.size());
        }
        return headers(response, found, etag, lastModified, cacheControl)
                .type(asset.mediaType)
                .build();
    }

    private static Response.ResponseBuilder headers(
            Response.ResponseBuilder response, Found found, String etag, Instant lastModified, String cacheControl) {
        response.header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.LAST_MODIFIED, Validators.httpDate(lastModified))
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header(HttpHeaders.VARY, "Origin");
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (found.asset().mediaType.equals("image/svg+xml")) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response;
    }

    /**
     * Whether a range may be sent: without If-Range, or when If-Range names this version (its strong
     * ETag, or a date no earlier than its modification).
     */
    static boolean ifRangeHolds(String ifRange, String etag, Instant lastModified) {
        if (ifRange == null || ifRange.isBlank()) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return etag != null && value.equals(etag);
        }
        try {
            Instant date = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return etag != null && date.getEpochSecond() == lastModified.getEpochSecond();
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static NotFoundProblem notFound(String path) {
        return new NotFoundProblem("No asset at '" + path + "' that a published post links to.");
    }
}
