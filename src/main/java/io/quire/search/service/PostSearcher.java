package io.quire.search.service;

import io.quire.post.service.PostQuery;
import io.quire.search.analysis.StemLanguage;
import io.quire.search.index.IndexSnapshot;
import io.quire.search.index.PostMeta;
import io.quire.search.index.SearchIndex;
import io.quire.search.query.SearchFilters;
import io.quire.search.query.TextQuery;
import io.quire.search.query.UserQueryParser;
import io.quire.search.query.UserQueryParser.Expansion;
import io.quire.web.InvalidParametersException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;

/**
 * Runs a full-text search over the {@link SearchIndex} and cuts out the page asked for: the words as
 * written and their stems first, typos only when those find nothing ({@link TextQuery}), the matches
 * kept and counted in one pass ({@link TopHits}), the tag facets of all of them ({@link TagFacets}).
 * Answers with database ids; callers load what they return from the database, which also drops a post
 * that changed since the index was built. {@link HitHighlighter} marks where the hits matched.
 */
@ApplicationScoped
public class PostSearcher {

    private static final String TOO_COMPLEX = "is too long or complex to search for: use fewer words or operators";

    private final SearchIndex index;

    public PostSearcher(SearchIndex index) {
        this.index = index;
    }

    /**
     * The page of posts visible at {@code now} (published ones; with {@code query.preview()}, all)
     * that match the query's text and filters, ranked by relevance (ties by slug) unless the query
     * asks for an order; from the current index.
     */
    public SearchResult search(PostQuery query, Instant now) {
        return search(query, now, index.snapshot(), null);
    }

    /**
     * Like {@link #search(PostQuery, Instant)}, in a given index.
     *
     * @param stillVisible null when the index is of the content the caller reads (every hit exists);
     *     else which of the posts (database ids) the index found the caller can still show: hits
     *     without it are left out before counting and paging, so that a page from an index older than
     *     the database still agrees with its own total
     */
    public SearchResult search(
            PostQuery query, Instant now, IndexSnapshot snapshot, Function<Collection<Long>, Set<Long>> stillVisible) {
        Optional<List<BooleanClause>> filters = SearchFilters.of(query, snapshot, now);
        if (filters.isEmpty()) {
            return new SearchResult(List.of(), 0, List.of(), null, snapshot.version(), null);
        }
        // Typos are allowed only when the words as written and their stems find nothing: a misspelled
        // word still finds its post, and the usual query, whose words are spelled right, costs a fraction
        // of one with every long word expanded to its near misses. A query too long to run expanded runs
        // with its words as written.
        IndexSearcher searcher = snapshot.searcher(query.preview());
        TopHits topHits = TopHits.of(query, snapshot, stillVisible);
        Collection<StemLanguage> languages = TextQuery.stemLanguages(query.lang(), snapshot);
        Attempt result = run(searcher, query.text(), Expansion.STEMS, languages, filters.get(), topHits);
        if (result == null) {
            result = run(searcher, query.text(), Expansion.NONE, languages, filters.get(), topHits);
        } else if (result.collected().matched() == 0 && UserQueryParser.allowsTypos(index.analyzer(), query.text())) {
            Attempt wider = run(searcher, query.text(), Expansion.TYPOS, languages, filters.get(), topHits);
            if (wider != null) {
                result = wider;
            }
        }
        if (result == null) {
            throw new InvalidParametersException("q", TOO_COMPLEX);
        }
        ResultCollector.Collected collected = result.collected();
        return new SearchResult(
                page(collected.top(), query.offset(), snapshot),
                collected.count(),
                TagFacets.of(collected.tagCounts(), snapshot),
                result.query().text(),
                snapshot.version(),
                searcher);
    }

    private record Attempt(TextQuery query, ResultCollector.Collected collected) {}

    /** The text expanded so, run; null if that makes too many clauses to run. */
    private Attempt run(
            IndexSearcher searcher,
            String text,
            Expansion expansion,
            Collection<StemLanguage> languages,
            List<BooleanClause> filters,
            TopHits topHits) {
        try {
            TextQuery query = TextQuery.build(searcher, index.analyzer(), text, expansion, languages, filters);
            return new Attempt(query, topHits.collect(searcher, query.filtered()));
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's hits: the matches kept from {@code offset} on (the ones before it are earlier pages). */
    private static List<SearchResult.Hit> page(List<Match> top, long offset, IndexSnapshot snapshot) {
        List<SearchResult.Hit> page = new ArrayList<>();
        for (long i = offset; i < top.size(); i++) {
            Match match = top.get((int) i);
            PostMeta post = snapshot.post(match.ord());
            page.add(new SearchResult.Hit(post.postId(), match.doc(), match.score(), post.stemming()));
        }
        return page;
    }
}
