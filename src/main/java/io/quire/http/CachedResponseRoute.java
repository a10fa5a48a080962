package io.quire.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
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
 * The fast path: answers a repeated public GET from the {@link ResponseCache} on the I/O thread,
 * with no database query, no serialisation and no worker thread. Anything else (a miss, preview,
 * admin, other methods) goes on to the REST resources, whose responses fill the cache.
 */
@Singleton
public class CachedResponseRoute {

    /** Below CORS and the other built-in filters, so their headers are already set. */
    static final int PRIORITY = 1;

    private final ResponseCache cache;
    private final CachePolicy policy;

    public CachedResponseRoute(ResponseCache cache, CachePolicy policy) {
        this.cache = cache;
        this.policy = policy;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        String path = request.path();
        if (!(method == HttpMethod.GET || method == HttpMethod.HEAD)
                || path.startsWith("/q/")
                || CachePolicy.isAdmin(path)
                || CachePolicy.isPreview(request.query(), request.getHeader(HttpHeaders.AUTHORIZATION))) {
            context.next();
            return;
        }
        CachedResponse cached = cache.get(cache.key(request.getHeader(HttpHeaders.HOST), request.uri()));
        if (cached == null || !MediaRanges.admit(request.getHeader(HttpHeaders.ACCEPT), cached.contentType())) {
            // A client that accepts none of this response's type gets what a fresh request gets (a 406).
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, cached.etag())
                .putHeader(HttpHeaders.LAST_MODIFIED, cached.lastModifiedHeader())
                .putHeader(HttpHeaders.CACHE_CONTROL, policy.publicCacheControl())
                .putHeader(HttpHeaders.VARY, CachePolicy.VARY);
        if (Validators.notModified(
                request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                cached.etag(),
                cached.lastModified())) {
            response.setStatusCode(304).end();
            return;
        }
        for (Map.Entry<String, List<String>> header : cached.headers().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, cached.contentType()).end(cached.body());
    }
}
