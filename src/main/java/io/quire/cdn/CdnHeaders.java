package io.quire.cdn;

import io.quire.config.QuireConfig;
import io.quire.http.CachePolicy;
import io.quire.http.Cacheability;
import io.quire.web.PreviewRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a CDN needs on each public response, besides {@code Cache-Control}: the surrogate keys of what
 * the response depends on ({@link SurrogateKeys}), and how long a CDN may keep it. Runs before the
 * HTTP layer's own filter, which keeps these headers with the cached copy.
 *
 * <ul>
 *   <li>a single post ({@code /api/posts/{key}}, {@code /api/posts/{key}/...}): its key and those of
 *       the posts it shows (neighbours, related), collected in {@link ResponseKeys};
 *   <li>everything else public: {@code posts}, since it is computed over the published posts (a list,
 *       the tags, search, feeds, the sitemap, the archive, sync), and a tag's key for a tag's
 *       responses;
 *   <li>every one of them: {@code quire}.
 * </ul>
 *
 * A 404 or 410 may become a 200 at the next import (a post is published under that slug), so it
 * carries {@code quire posts} and a short public {@code Cache-Control}; other errors are {@code
 * no-store}, so no cache keeps a failure.
 */
public class CdnHeaders {

    private final QuireConfig config;
    private final ResponseKeys keys;
    private final Cacheability cacheability;
    private final String errorCacheControl;

    public CdnHeaders(QuireConfig config, ResponseKeys keys, Cacheability cacheability) {
        this.config = config;
        this.keys = keys;
        this.cacheability = cacheability;
        this.errorCacheControl = "public, max-age=" + config.http().maxAge();
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void apply(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        String path = request.getUriInfo().getRequestUri().getRawPath();
        boolean personal = CachePolicy.isAdmin(path)
                || PreviewRequest.of(
                                request.getUriInfo().getRequestUri().getRawQuery(),
                                request.getHeaderString(HttpHeaders.AUTHORIZATION))
                        .personal();
        int status = response.getStatus();
        boolean read = method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
        if (personal || !read || status >= 300 || !cacheability.storable()) {
            if (status >= 400 && !personal && read && (status == 404 || status == 410)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, errorCacheControl);
                keys(response, List.of(SurrogateKeys.ALL, SurrogateKeys.POSTS));
            } else if (status >= 400 && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CachePolicy.NO_STORE);
            }
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(SurrogateKeys.ALL);
        if (keys.posts().isEmpty()) {
            names.add(SurrogateKeys.POSTS);
        }
        names.addAll(keys.posts());
        String tag = request.getUriInfo().getPathParameters().getFirst("slug");
        if (path.startsWith("/api/tags/") && tag != null) {
            names.add(SurrogateKeys.tag(tag)); // tags are found by their exact slug
        }
        keys(response, names);
        config.cdn().maxAge().ifPresent(maxAge -> {
            String staleIfError = ", stale-if-error=" + config.http().staleIfError();
            response.getHeaders().putSingle("Surrogate-Control", "max-age=" + maxAge + staleIfError);
            response.getHeaders().putSingle("CDN-Cache-Control", "public, max-age=" + maxAge + staleIfError);
        });
    }

    private void keys(ContainerResponseContext response, Collection<String> names) {
        if (config.cdn().surrogateKeys()) {
            response.getHeaders().putSingle("Surrogate-Key", SurrogateKeys.surrogateKeyHeader(names));
            response.getHeaders().putSingle("Cache-Tag", SurrogateKeys.cacheTagHeader(names));
        }
    }
}
