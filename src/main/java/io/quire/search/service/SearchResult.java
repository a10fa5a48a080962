package io.quire.search.service;

import io.quire.search.analysis.StemLanguage;
import io.quire.tag.domain.TagCount;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * One page of matches of a full-text query, with the size of the whole result and its tags.
 *
 * @param hits this page's hits, in order
 * @param totalHits hits on all pages
 * @param tags the tags of all hits (all pages) with how many hits carry each, most frequent first
 * @param query the text query as run (rewritten against the index: typo and prefix queries are the
 *     terms they matched), to highlight the hits with; null when nothing could match
 * @param indexVersion the content version of the index that answered
 * @param searcher the index that answered (its offsets highlight the hits), or null when nothing
 *     could match
 */
public record SearchResult(
        List<Hit> hits, long totalHits, List<TagCount> tags, Query query, long indexVersion, IndexSearcher searcher) {

    /**
     * A matching post by database id, with its relevance score (higher is better).
     *
     * @param doc its document number in {@link #searcher}
     * @param stemming the language of its stemmed fields, whose matches its snippets show when its
     *     words as written did not match
     */
    public record Hit(long postId, int doc, float score, StemLanguage stemming) {}

    public List<Long> postIds() {
        return hits.stream().map(Hit::postId).toList();
    }
}
