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
        String query = request.query();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        PreviewRequest preview =
                query == null && authorization == null ? PreviewRequest.NONE : PreviewRequest.of(query, authorization);
        long epoch = contentVersion.current();
        HttpMethod method = request.method();
        String path = request.path();
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD)
                && !path.startsWith("/q/")
                && !CachePolicy.isAdmin(path)
                && !preview.personal()
                && serveCached(request, context.response(), epoch)) {
            return;
        }
        // On to the REST resources: they read the arrival, and their responses (and errors, and
        // Quarkus's own) get the canonical Content-Type on their way out. A hit has it already.
        context.put(RequestArrival.CONTEXT_KEY, new RequestArrival(epoch, preview));
        context.put(PreviewRequest.CONTEXT_KEY, preview);
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(v -> {
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            String canonical = MediaTypes.canonical(type);
            if (type != null && !type.equals(canonical)) {
                response.putHeader(HttpHeaders.CONTENT_TYPE, canonical);
            }
        });
        context.next();
    }

    /**
     * Answers a public GET or HEAD from the cache, with the headers a fresh response has, in the same
     * order; false when there is nothing to answer with (a miss, or a client that accepts none of the
     * cached response's type, which then gets what a fresh request gets: a 406).
     */
    private boolean serveCached(HttpServerRequest request, HttpServerResponse response, long epoch) {
        CachedResponse cached = cache.get(cache.key(epoch, request.getHeader(HttpHeaders.HOST), request.uri()));
        if (cached == null || !MediaRanges.admit(request.getHeader(HttpHeaders.ACCEPT), cached.contentType())) {
            return false;
        }
        boolean gzip = cached.gzipped(Encodings.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING)));
        CharSequence lastModified = cached.lastModifiedValue();
        response.putHeader(HttpHeaders.ETAG, cached.etagValue(gzip));
        if (lastModified != null) {
            response.putHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, policy.publicCacheControlValue())
                .putHeader(HttpHeaders.VARY, CachePolicy.VARY_VALUE);
        if (Validators.notModified(
                request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                cached.etag(gzip),
                cached.lastModified())) {
            response.setStatusCode(304).end();
            return true;
        }
        for (int i = 0; i < cached.headerCount(); i++) {
            response.headers().add(cached.headerName(i), cached.headerValue(i));
        }
        response.putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? GZIP : IDENTITY);
        response.putHeader(HttpHeaders.CONTENT_TYPE, cached.contentTypeValue()).end(cached.body(gzip));
        return true;
    }

    private static final CharSequence GZIP = HttpHeaders.createOptimized("gzip");
    private static final CharSequence IDENTITY = HttpHeaders.createOptimized(Encodings.IDENTITY);
}
