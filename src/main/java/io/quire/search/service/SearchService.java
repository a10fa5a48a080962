package io.quire.search.service;

import io.quire.post.domain.PostBody;
import io.quire.post.domain.Visibility;
import io.quire.post.service.PostQuery;
import io.quire.post.service.PostSummaries;
import io.quire.post.view.PostSummary;
import io.quire.replica.ReplicaRead;
import io.quire.tag.domain.TagCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/search}: ranked hits from the index, their summaries and texts from the database. */
@ApplicationScoped
public class SearchService {

    private final HitHighlighter highlighter;
    private final IndexedTextSearch textSearch;
    private final PostSummaries postSummaries;
    private final EntityManager em;

    public SearchService(
            HitHighlighter highlighter, IndexedTextSearch textSearch, PostSummaries summaries, EntityManager em) {
        this.highlighter = highlighter;
        this.textSearch = textSearch;
        this.postSummaries = summaries;
        this.em = em;
    }

    /** A post that matches, with its relevance score and where it matched. */
    public record Hit(PostSummary post, float score, Highlights highlights) {}

    /**
     * @param items this page's hits, in order
     * @param totalHits hits on all pages
     * @param tags the tags of all hits with how many hits carry each, most frequent first
     */
    public record Hits(List<Hit> items, long totalHits, List<TagCount> tags) {}

    /**
     * A page of hits of a query with text, and the facets of the whole result; hits, total and posts
     * from one snapshot of the database (this transaction) and the index of its version, when there is
     * one (see {@link IndexedTextSearch}).
     */
    @Transactional
    @ReplicaRead
    public Hits search(PostQuery query, Instant now) {
        Visibility visibility = new Visibility(now, query.preview());
        SearchResult result = textSearch.search(query, visibility);
        Map<Long, PostSummary> summaries = postSummaries.visible(result.postIds(), visibility);
        Map<Long, String> bodies = plainTexts(summaries.keySet());
        Map<Long, HitHighlighter.HitTexts> texts = new HashMap<>();
        summaries.forEach((id, summary) ->
                texts.put(id, new HitHighlighter.HitTexts(summary.title(), summary.excerpt(), bodies.get(id))));
        Map<Long, Highlights> highlights = highlighter.highlight(result, texts);
        List<Hit> hits = new ArrayList<>(summaries.size());
        for (SearchResult.Hit hit : result.hits()) {
            PostSummary summary = summaries.get(hit.postId());
            if (summary == null) {
                continue; // not in this snapshot; only when the index is of another version
            }
            hits.add(new Hit(summary, hit.score(), highlights.get(hit.postId())));
        }
        return new Hits(hits, result.totalHits(), result.tags());
    }

    private Map<Long, String> plainTexts(Collection<Long> ids) {
        Map<Long, String> texts = new HashMap<>();
        if (ids.isEmpty()) {
            return texts;
        }
        em.createQuery(
                        "select p.id, b.plainText from Post p" + PostBody.OF_POST + " where p.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> texts.put((Long) row[0], (String) row[1]));
        return texts;
    }
}
