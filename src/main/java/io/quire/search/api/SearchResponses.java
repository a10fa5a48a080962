package io.quire.search.api;

import io.quire.post.api.PostListResponses;
import io.quire.post.api.PostResponses;
import io.quire.post.api.PostSummaryResponse;
import io.quire.post.service.PostQuery;
import io.quire.search.service.Highlights;
import io.quire.search.service.SearchService;
import io.quire.tag.api.TagResponses;
import io.quire.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What the search service found, as the API shows it: the one mapping to {@link SearchPage}. */
@ApplicationScoped
public class SearchResponses {

    private final PostListResponses posts;

    public SearchResponses(PostListResponses posts) {
        this.posts = posts;
    }

    /** The hits: each post as in post lists, with only the {@code fields=} asked for. */
    public SearchPage page(SearchService.Hits found, PostQuery query) {
        List<SearchHit> hits = new ArrayList<>(found.items().size());
        for (SearchService.Hit hit : found.items()) {
            PostSummaryResponse summary = PostResponses.summary(hit.post());
            Object post = query.fields() == null ? summary : posts.selectFields(summary, query.fields());
            hits.add(new SearchHit(post, hit.score(), highlights(hit.highlights())));
        }
        return SearchPage.of(
                Page.of(hits, query.page(), query.size(), found.totalHits()),
                new SearchFacets(TagResponses.of(found.tags())));
    }

    private static HitHighlights highlights(Highlights found) {
        return new HitHighlights(found.title(), found.excerpt(), found.body());
    }
}
