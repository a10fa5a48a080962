package io.quire.search.service;

import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every match of a query with its score, unsorted: results are a few thousand at most, so the callers
 * (the posts a caller can still show, related posts) sort or look them up in memory.
 */
final class AllMatches {

    private AllMatches() {}

    static List<Match> of(IndexSearcher searcher, Query query) {
        try {
            return searcher.search(query, new CollectorManager<MatchCollector, List<Match>>() {
                @Override
                public MatchCollector newCollector() {
                    return new MatchCollector();
                }

                @Override
                public List<Match> reduce(Collection<MatchCollector> collectors) {
                    List<Match> all = new ArrayList<>();
                    collectors.forEach(collector -> all.addAll(collector.matches));
                    return all;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MatchCollector extends SimpleCollector {
        final List<Match> matches = new ArrayList<>();
        private NumericDocValues ords;
        private int docBase;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ords = DocValues.getNumeric(context.reader(), SearchFields.ORD);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (ords.advanceExact(doc)) {
                matches.add(new Match((int) ords.longValue(), docBase + doc, scorer.score()));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
