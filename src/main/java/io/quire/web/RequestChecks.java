package io.quire.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What every request must be before a resource sees it:
 *
 * <ul>
 *   <li>Only the query parameters the endpoint declares ({@code @QueryParam} on the resource method,
 *       its {@code @BeanParam} and its class), so that a misspelt parameter ({@code ?tags=}, {@code
 *       ?limit=}) is a 400 naming it instead of being silently ignored, and so that an invented
 *       parameter cannot make a request that the response cache does not know. The one exception is
 *       {@value DeclaredParameters#CACHE_BUSTER}, the parameter browser libraries add to defeat caches (jQuery's {@code
 *       cache: false}): accepted everywhere, ignored, and left out of the response cache's key and of
 *       {@code Link} URLs; and {@code preview}, which endpoints without drafts ignore. Admin endpoints are not checked (they must not be told apart from absent
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
        Set<String> accepted = declared.of(method);
        Set<String> unknown = new java.util.LinkedHashSet<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!accepted.contains(name) && !DeclaredParameters.EVERYWHERE.contains(name)) {
                unknown.add(name);
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String name :
                inRequestOrder(unknown, request.getUriInfo().getRequestUri().getRawQuery())) {
            errors.add(new Problem.FieldError(
                    name.isEmpty() ? "(no name)" : abbreviate(name),
                    "is not a parameter of this endpoint, which takes "
                            + (accepted.isEmpty() ? "none" : String.join(", ", accepted))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    /** {@code names} in the order the query names them first (those it does not spell plainly last). */
    private static List<String> inRequestOrder(Set<String> names, String rawQuery) {
        List<String> ordered = new ArrayList<>(names.size());
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&", -1)) {
                int equals = parameter.indexOf('=');
                String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
                if (names.contains(name) && !ordered.contains(name)) {
                    ordered.add(name);
                }
            }
        }
        for (String name : new java.util.TreeSet<>(names)) {
            if (!ordered.contains(name)) {
                ordered.add(name);
            }
        }
        return ordered;
    }

    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private static String abbreviate(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
