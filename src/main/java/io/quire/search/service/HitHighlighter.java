package io.quire.search.service;

import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * Where the hits of a search matched: their title, excerpt and body as snippets with the matched
 * words marked ({@link Snippets}). The texts come from the database, so that a post changed since the
 * index was built shows its current words.
 */
@ApplicationScoped
public class HitHighlighter {

    private final Snippets snippets;

    public HitHighlighter(SearchIndex index) {
        this.snippets = new Snippets(index.analyzer());
    }

    /** The texts of a hit as the database has them, to highlight. */
    public record HitTexts(String title, String excerpt, String body) {}

    /**
     * Snippets of where a text matched a query (analysing the text); empty when only its tags did.
     * {@link #highlight(SearchResult, Map)} highlights a result's hits.
     */
    public Highlights highlight(Query query, StemLanguage stemming, String title, String excerpt, String body) {
        if (query == null) {
            return new Highlights(null, null, null);
        }
        return snippets.of(query, new Snippets.Texts(title, excerpt, body, stemming));
    }

    /**
     * Snippets of where each of a result's hits matched, by database id, for the hits whose texts are
     * given; empty when only a hit's tags matched. Reads the offsets of the words in the index that
     * answered when it holds these very texts.
     */
    public Map<Long, Highlights> highlight(SearchResult result, Map<Long, HitTexts> texts) {
        Map<Long, Highlights> highlights = new HashMap<>();
        if (result.query() == null) {
            texts.keySet().forEach(id -> highlights.put(id, new Highlights(null, null, null)));
            return highlights;
        }
        Map<Integer, Snippets.Texts> byDoc = new HashMap<>();
        Map<Integer, Long> ids = new HashMap<>();
        for (SearchResult.Hit hit : result.hits()) {
            HitTexts hitTexts = texts.get(hit.postId());
            if (hitTexts != null) {
                byDoc.put(
                        hit.doc(),
                        new Snippets.Texts(hitTexts.title(), hitTexts.excerpt(), hitTexts.body(), hit.stemming()));
                ids.put(hit.doc(), hit.postId());
            }
        }
        snippets.of(result.searcher(), result.query(), byDoc)
                .forEach((doc, snippets) -> highlights.put(ids.get(doc), snippets));
        return highlights;
    }
}
