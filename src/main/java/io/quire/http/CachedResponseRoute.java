package io.quire.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quire.content.ContentVersion;
import io.quire.web.PreviewRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The first thing every request meets, on the I/O thread:
 *
 * <ol>
 *   <li>a request target with characters browsers send unencoded is read as if they were encoded
 *       ({@link RequestTargets});
 *   <li>the content epoch and the {@link PreviewRequest} are taken once, on arrival, and travel with
 *       the request ({@link RequestArrival});
 *   <li>every response leaves with one spelling of its Content-Type ({@link MediaTypes});
 *   <li>a repeated public GET is answered from the {@link ResponseCache}, with no database query, no
 *       serialisation and no worker thread. Anything else (a miss, a preview, credentials, admin,
 *       other methods) goes on to the REST resources, whose responses fill the cache.
 * </ol>
 */
@Singleton
public class CachedResponseRoute {

    /** Below CORS and the other built-in filters, so their headers are already set. */
    static final int PRIORITY = 1;

    private final ResponseCache cache;
    private final CachePolicy policy;
    private final ContentVersion contentVersion;

    public CachedResponseRoute(ResponseCache cache, CachePolicy policy, ContentVersion contentVersion) {
        this.cache = cache;
        this.policy = policy;
        this.contentVersion = contentVersion;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        String repaired = RequestTargets.repaired(request.uri());
        if (repaired != null) {
            // Routing starts again with the repaired target; this filter then sees a valid one.
            context.reroute(repaired);
            return;
        }
        PreviewRequest preview = PreviewRequest.of(request.query(), request.getHeader(HttpHeaders.AUTHORIZATION));
        RequestArrival arrival = new RequestArrival(contentVersion.current(), preview);
        context.put(RequestArrival.CONTEXT_KEY, arrival);
        context.put(PreviewRequest.CONTEXT_KEY, preview);
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(v -> {
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            String canonical = MediaTypes.canonical(type);
            if (type != null && !type.equals(canonical)) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, canonical);
            }
        });

        HttpMethod method = request.method();
        String path = request.path();
        if (!(method == HttpMethod.GET || method == HttpMethod.HEAD)
                || path.startsWith("/q/")
                || CachePolicy.isAdmin(path)
                || preview.personal()) {
            context.next();
            return;
        }
        CachedResponse cached =
                cache.get(cache.key(arrival.epoch(), request.getHeader(HttpHeaders.HOST), request.uri()));
        if (cached == null || !MediaRanges.admit(request.getHeader(HttpHeaders.ACCEPT), cached.contentType())) {
            // A client that accepts none of this response's type gets what a fresh request gets (a 406).
            context.next();
            return;
        }
        boolean gzip = cached.gzipped(Encodings.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
        String etag = cached.etag(gzip);
        response.putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, cached.lastModifiedHeader())
                .putHeader(HttpHeaders.CACHE_CONTROL, policy.publicCacheControl())
                .putHeader(HttpHeaders.VARY, CachePolicy.VARY);
        if (Validators.notModified(
                request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                etag,
                cached.lastModified())) {
            response.setStatusCode(304).end();
            return;
        }
        for (Map.Entry<String, List<String>> header : cached.headers().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        response.putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : Encodings.IDENTITY);
        response.putHeader(HttpHeaders.CONTENT_TYPE, cached.contentType()).end(cached.body(gzip));
    }
}
