package io.quire.post.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.post.service.PostQuery;
import io.quire.post.view.PostSummary;
import io.quire.web.DeclaredParameters;
import io.quire.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a page of posts into the HTTP response every post list shares: body ({@link PostResponses},
 * then {@code fields=}), Link and X-Total-Count.
 */
@ApplicationScoped
public class PostListResponses {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper json;

    public PostListResponses(ObjectMapper json) {
        this.json = json;
    }

    public Response pageResponse(Page<PostSummary> page, PostQuery query, UriInfo uri) {
        Page<PostSummaryResponse> posts = page.map(PostResponses::summary);
        Object body = query.fields() == null ? posts : posts.map(post -> selectFields(post, query.fields()));
        return pageResponse(body, page, uri);
    }

    /** A body shaped like {@code page} (the page fields and more) with that page's headers. */
    public Response pageResponse(Object body, Page<?> page, UriInfo uri) {
        return Response.ok(body)
                .header("X-Total-Count", page.totalItems())
                .links(links(page, uri))
                .build();
    }

    /** The summary as JSON with only the {@code fields=} a client asked for. */
    public Map<String, Object> selectFields(PostSummaryResponse summary, Set<String> fields) {
        Map<String, Object> all = json.convertValue(summary, MAP);
        all.keySet().retainAll(fields);
        return all;
    }

    private static Link[] links(Page<?> page, UriInfo uri) {
        long last = Math.max(1, page.totalPages());
        List<Link> links = new ArrayList<>(4);
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1L, "next"));
        }
        links.add(link(uri, last, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, long page, String rel) {
        // The cache-buster is left out, as from the response cache's key: the response cannot depend on it.
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam(DeclaredParameters.CACHE_BUSTER)
                        .replaceQueryParam("page", page))
                .rel(rel)
                .build();
    }
}
