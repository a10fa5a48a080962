package io.quire.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become responses: every error leaves as {@code
 * application/problem+json}, never as a stack trace, a class name or an HTML page.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private final Instance<PostRoute> postRoutes;

    public ProblemMapper(@Any Instance<PostRoute> postRoutes) {
        this.postRoutes = postRoutes;
    }

    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, UriInfo uri) {
        return respond(new Problem(
                "/problems/invalid-parameter",
                "Invalid request parameter",
                400,
                e.getMessage(),
                instance(uri),
                e.errors()));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(new Problem("about:blank", "Not Found", 404, e.getMessage(), instance(uri), null));
    }

    @ServerExceptionMapper
    public Response gone(GoneProblem e, UriInfo uri) {
        return respond(new Problem("/problems/sync-token-expired", "Gone", 410, e.getMessage(), instance(uri), null));
    }

    @ServerExceptionMapper
    public Response typed(TypedProblem e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(e.type(), e.title(), e.status(), e.getMessage(), instance(uri), null));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder builder = Response.fromResponse(original)
                .entity(new Problem("about:blank", title, status, detailFor(status), instance(uri), null))
                .type(Problem.MEDIA_TYPE);
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) == null && uri != null) {
            // RFC 9110 requires Allow on a 405; the router that raised it does not say.
            builder.header(HttpHeaders.ALLOW, allowedMethods(uri.getRequestUri().getRawPath()));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", instance(uri));
        return respond(new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "The server failed to answer this request; the error has been logged.",
                instance(uri),
                null));
    }

    /** The API is read-only but for the paths of the {@link PostRoute}s (an import, a delivery's retry). */
    private String allowedMethods(String path) {
        return postRoutes.stream().anyMatch(route -> route.acceptsPost(path))
                ? "GET, HEAD, OPTIONS, POST"
                : "GET, HEAD, OPTIONS";
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 ->
                "The token is missing or wrong: admin endpoints take 'Authorization: Bearer <quire.admin.token>',"
                        + " previews take ?preview=<quire.preview.token>.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "This resource cannot be represented in the requested media type.";
            case 415 -> "This media type is not supported here.";
            default -> "The request failed with HTTP status " + status + ".";
        };
    }

    static String instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
