package io.quire.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
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
 * once, derives a strong ETag from the bytes, answers 304 when the client has them, and keeps public
 * responses in the {@link ResponseCache} for {@link CachedResponseRoute} to serve next time.
 */
public class HttpCachingFilter {

    /** Headers that cached copies keep: paging, and what CDNs read (io.quire.cdn.CdnHeaders). */
    private static final List<String> CACHED_HEADERS =
            List.of("Link", "X-Total-Count", "Surrogate-Key", "Cache-Tag", "Surrogate-Control", "CDN-Cache-Control");

    private final ResponseCache cache;
    private final CachePolicy policy;
    private final ObjectMapper json;

    public HttpCachingFilter(ResponseCache cache, CachePolicy policy, ObjectMapper json) {
        this.cache = cache;
        this.policy = policy;
        this.json = json;
    }

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        boolean personal = CachePolicy.isAdmin(path)
                || CachePolicy.isPreview(rawQuery, request.getHeaderString(HttpHeaders.AUTHORIZATION));
        String method = request.getMethod();
        if (personal) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
        }
        if (!(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
                || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        byte[] body = bytes(response.getEntity());
        String etag = Validators.etag(body);
        ResponseCache.Key key =
                cache.key(request.getHeaderString(HttpHeaders.HOST), path + (rawQuery == null ? "" : "?" + rawQuery));
        Instant lastModified = personal ? null : cache.lastModified(key, etag);
        MediaType mediaType = response.getMediaType();
        String contentType = contentType(mediaType);
        if (!personal) {
            cache.put(
                    key,
                    new CachedResponse(contentType, Buffer.buffer(body), etag, lastModified, extraHeaders(response)));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, policy.publicCacheControl());
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, Validators.httpDate(lastModified));
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.VARY, CachePolicy.VARY);
        if (Validators.notModified(
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                etag,
                lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), mediaType);
        // The same Content-Type string as the cached copies get, byte for byte.
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
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

    private static String contentType(MediaType mediaType) {
        if (mediaType == null) {
            return MediaType.APPLICATION_JSON;
        }
        String type = mediaType.toString();
        boolean text =
                mediaType.getType().equals("text") || mediaType.getSubtype().equals("json");
        return text && !mediaType.getParameters().containsKey("charset") ? type + ";charset=UTF-8" : type;
    }

    private static Map<String, List<String>> extraHeaders(ContainerResponseContext response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : CACHED_HEADERS) {
            List<Object> values = response.getHeaders().get(name);
            if (values != null && !values.isEmpty()) {
                List<String> strings = new ArrayList<>(values.size());
                for (Object value : values) {
                    strings.add(
                            response.getHeaders() instanceof jakarta.ws.rs.core.MultivaluedMap<?, ?>
                                    ? String.valueOf(value)
                                    : null);
                }
                headers.put(name, List.copyOf(strings));
            }
        }
        return headers;
    }
}
