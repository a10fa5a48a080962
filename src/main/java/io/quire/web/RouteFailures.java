package io.quire.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * Problem+json for the requests that fail before the REST layer sees them (Vert.x refuses a malformed
 * {@code Host} header, for one): the same body {@link ProblemMapper} gives, instead of Quarkus' default
 * error page, which names the exception class.
 */
@Singleton
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final ObjectMapper json;

    public RouteFailures(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 500;
        String detail;
        if (status == 500) {
            LOG.errorf(
                    context.failure(),
                    "Unexpected error on %s",
                    context.request().uri());
            detail = "The server failed to answer this request; the error has been logged.";
        } else {
            detail = status == 400 ? "The request is malformed (its Host header, for example)." : null;
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        Problem problem = new Problem(
                "about:blank",
                title,
                status,
                detail != null ? detail : "The request failed with HTTP status " + status + ".",
                context.request().uri(),
                null);
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
