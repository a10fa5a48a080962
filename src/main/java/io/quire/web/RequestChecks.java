package io.quire.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request must be before a resource sees it:
 *
 * <ul>
 *   <li>Only the query parameters the endpoint takes, as the OpenAPI document lists them ({@link
 *       DeclaredParameters}; names in any case, as the REST layer binds them), so that a misspelt
 *       parameter ({@code ?tags=}, {@code ?limit=}) is a 400 naming it instead of being silently
 *       ignored, and so that an invented parameter cannot make a request that the response cache
 *       does not know. The one exception is
 *       {@value DeclaredParameters#CACHE_BUSTER}, the parameter browser libraries add to defeat caches (jQuery's {@code
 *       cache: false}): accepted everywhere, ignored, and left out of the response cache's key and of
 *       {@code Link} URLs; and {@code preview}, which endpoints that show only published posts check
 *       all the same. Admin endpoints are not checked (they must not be told apart from absent
 *       ones without the token), nor are {@link IgnoresUnknownParameters} ones (feeds, sitemap).
 *   <li>A {@code Host} header that is a host name or address and a port: it goes into the absolute
 *       URLs of {@code Link} headers and into the response cache's key.
 * </ul>
 */
public class RequestChecks {

    /** A DNS name (labels may contain '_', as some internal names do), IPv4 or bracketed IPv6, and a port. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,251}[A-Za-z0-9_.])?|\\[[0-9A-Fa-f:.]{2,45}])(?::[0-9]{1,5})?");

    private final DeclaredParameters declared;

    public RequestChecks(DeclaredParameters declared) {
        this.declared = declared;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        if (host != null && !HOST.matcher(host).matches()) {
            throw new TypedProblem(
                    400,
                    "about:blank",
                    "Bad Request",
                    "The Host header is not a host name or address with an optional port.",
                    Map.of());
        }
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/admin")) {
            return;
        }
        if (method.getDeclaringClass().isAnnotationPresent(IgnoresUnknownParameters.class)) {
            return;
        }
        DeclaredParameters.Taken taken = declared.of(method);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (QueryString.Parameter parameter :
                QueryString.parse(request.getUriInfo().getRequestUri().getRawQuery())) {
            String name = parameter.name();
            if (!taken.takes(name) && reported.add(name)) {
                errors.add(new Problem.FieldError(
                        name.isEmpty() ? "(no name)" : abbreviate(name),
                        "is not a parameter of this endpoint, which takes "
                                + (taken.names().isEmpty() ? "none" : String.join(", ", taken.names()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    private static String abbreviate(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
