package io.quire.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides for every request whether it is a preview, before any resource runs: every endpoint then
 * agrees, a wrong {@code ?preview=} token is a 401 wherever it is sent, and the decision rests on the
 * {@link PreviewRequest} the HTTP layer read when the request arrived (the same one that keeps
 * previews out of the response cache).
 */
public class PreviewFilter {

    private final PreviewAccess access;
    private final Viewer viewer;
    private final CurrentVertxRequest currentRequest;

    public PreviewFilter(PreviewAccess access, Viewer viewer, CurrentVertxRequest currentRequest) {
        this.access = access;
        this.viewer = viewer;
        this.currentRequest = currentRequest;
    }

    @ServerRequestFilter
    public void decide(ContainerRequestContext request) {
        viewer.decide(access.grants(presented(request)));
    }

    private PreviewRequest presented(ContainerRequestContext request) {
        RoutingContext context = currentRequest.getCurrent();
        PreviewRequest arrived = context == null ? null : context.get(PreviewRequest.CONTEXT_KEY);
        if (arrived != null) {
            return arrived;
        }
        return PreviewRequest.of(
                request.getUriInfo().getRequestUri().getRawQuery(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }
}
