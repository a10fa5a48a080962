package io.quire.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quire.content.ContentVersion;
import io.quire.web.PreviewRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every successful GET its validators and Cache-Control in one place: serialises the body
 * once, derives a strong ETag from the bytes (another one for the gzip bytes), answers 304 when the
 * client has them, and keeps public responses in the {@link ResponseCache} for {@link
 * CachedResponseRoute} to serve next time, under the epoch the request arrived in. Personal
 * responses (previews, requests with credentials, admin) and every 401 are {@code no-store}.
 */
public class HttpCachingFilter {

    /** Headers that cached copies keep: paging, and what CDNs read (io.quire.cdn.CdnHeaders). */
    private static final List<String> CACHED_HEADERS =
            List.of("Link", "X-Total-Count", "Surrogate-Key", "Cache-Tag", "Surrogate-Control", "CDN-Cache-Control");

    private final ResponseCache cache;
    private final CachePolicy policy;
    private final ObjectMapper json;
    private final ContentVersion contentVersion;
    private final CurrentVertxRequest currentRequest;
    private final Cacheability cacheability;

    public HttpCachingFilter(
            ResponseCache cache,
            CachePolicy policy,
            ObjectMapper json,
            ContentVersion contentVersion,
            CurrentVertxRequest currentRequest,
            Cacheability cacheability) {
        this.cache = cache;
        this.policy = policy;
        this.json = json;
        this.contentVersion = contentVersion;
        this.currentRequest = currentRequest;
        this.cacheability = cacheability;
    }

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        RequestArrival arrival = arrival(rawQuery, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        boolean personal = CachePolicy.isAdmin(path) || arrival.preview().personal() || response.getStatus() == 401;
        if (personal) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
        }
        String method = request.getMethod();
        if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        byte[] body = bytes(response.getEntity());
        String etag = Validators.etag(body);
        ResponseCache.Key key = cache.key(
                arrival.epoch(),
                request.getHeaderString(HttpHeaders.HOST),
                path + (rawQuery == null ? "" : "?" + rawQuery));
        boolean storable = !personal && cacheability.storable();
        Instant lastModified = personal ? null : cache.lastModified(key, etag);
        MediaType mediaType = response.getMediaType();
        String contentType =
                MediaTypes.canonical(mediaType == null ? MediaType.APPLICATION_JSON : mediaType.toString());
        boolean acceptsGzip = Encodings.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        CachedResponse prepared = CachedResponse.of(
                contentType, body, etag, lastModified, extraHeaders(response), storable || acceptsGzip);
        if (storable) {
            cache.put(key, prepared);
        }
        if (!personal) {
            response.getHeaders()
                    .putSingle(
                            HttpHeaders.CACHE_CONTROL, storable ? policy.publicCacheControl() : CachePolicy.NO_STORE);
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, prepared.lastModifiedHeader());
        }
        boolean gzip = prepared.gzipped(acceptsGzip);
        String sentEtag = prepared.etag(gzip);
        response.getHeaders().putSingle(HttpHeaders.ETAG, sentEtag);
        response.getHeaders().putSingle(HttpHeaders.VARY, CachePolicy.VARY);
        if (Validators.notModified(
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                sentEtag,
                lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : Encodings.IDENTITY);
        response.setEntity(prepared.body(gzip).getBytes(), response.getEntityAnnotations(), mediaType);
        // The same Content-Type string as the cached copies get, byte for byte.
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
    }

    /**
     * What the request brought when it arrived; a request that did not pass the route filter (none
     * should) is read now, under the current epoch.
     */
    private RequestArrival arrival(String rawQuery, String authorization) {
        RoutingContext context = currentRequest.getCurrent();
        RequestArrival arrival = context == null ? null : context.get(RequestArrival.CONTEXT_KEY);
        return arrival != null
                ? arrival
                : new RequestArrival(contentVersion.current(), PreviewRequest.of(rawQuery, authorization));
    }

    private byte[] bytes(Object entity) {
        if (entity instanceof byte[] raw) {
            return raw;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise the response", e);
        }
    }

    private static Map<String, List<String>> extraHeaders(ContainerResponseContext response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : CACHED_HEADERS) {
            List<Object> values = response.getHeaders().get(name);
            if (values != null && !values.isEmpty()) {
                List<String> strings = new ArrayList<>(values.size());
                for (Object value : values) {
                    strings.add(String.valueOf(value));
                }
                headers.put(name, List.copyOf(strings));
            }
        }
        return headers;
    }
}
