package io.quire.search.service;

import io.quire.search.index.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;

/**
 * One pass over every match of a query: how many there are, how many carry each tag, and the first
 * matches in the result's order, without keeping the others. Tag counts come from the index's doc
 * values ({@link SearchFields#TAG_ID}): an array of counts per segment, indexed by the segment's
 * ordinal of the tag, turned into tag ids once per segment.
 */
final class ResultCollector implements Collector {

    /**
     * What a search keeps of its matches.
     *
     * @param matched every match, also those of posts left out (not {@code allowed})
     * @param count the matches of the posts that count
     */
    record Collected(long matched, long count, List<Match> top, Map<Long, Integer> tagCounts) {}

    private final TopMatches top;
    private final Bits allowed;
    private final Map<Long, Integer> tagCounts = new HashMap<>();
    private long matched;
    private long count;

    private ResultCollector(Comparator<Match> order, boolean byScore, long limit, Bits allowed) {
        this.top = new TopMatches(order, byScore, limit);
        this.allowed = allowed;
    }

    /**
     * @param order the result's order
     * @param byScore whether the order is by score first (higher first)
     * @param limit how many of the first matches to keep
     * @param allowed the ords (see {@link SearchFields#ORD}) of the posts that count, or null for all
     */
    static CollectorManager<ResultCollector, Collected> manager(
            Comparator<Match> order, boolean byScore, long limit, Bits allowed) {
        return new CollectorManager<>() {
            @Override
            public ResultCollector newCollector() {
                return new ResultCollector(order, byScore, limit, allowed);
            }

            @Override
            public Collected reduce(Collection<ResultCollector> collectors) {
                TopMatches top = new TopMatches(order, byScore, limit);
                Map<Long, Integer> tagCounts = new HashMap<>();
                long matched = 0;
                long count = 0;
                for (ResultCollector collector : collectors) {
                    matched += collector.matched;
                    collector.top.matches().forEach(top::offer);
                    collector.tagCounts.forEach((tag, n) -> tagCounts.merge(tag, n, Integer::sum));
                    count += collector.count;
                }
                return new Collected(matched, count, top.matches(), tagCounts);
            }
        };
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues ords = DocValues.getNumeric(context.reader(), SearchFields.ORD);
        SortedSetDocValues tags = DocValues.getSortedSet(context.reader(), SearchFields.TAG_ID);
        int[] counts = new int[Math.toIntExact(tags.getValueCount())];
        int docBase = context.docBase;
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!ords.advanceExact(doc)) {
                    return;
                }
                matched++;
                int ord = (int) ords.longValue();
                if (allowed != null && !allowed.get(ord)) {
                    return;
                }
                count++;
                if (tags.advanceExact(doc)) {
                    for (int i = 0; i < tags.docValueCount(); i++) {
                        counts[(int) tags.nextOrd()]++;
                    }
                }
                top.offer(ord, docBase + doc, scorer.score());
            }

            @Override
            public void finish() throws IOException {
                for (int tagOrd = 0; tagOrd < counts.length; tagOrd++) {
                    if (counts[tagOrd] > 0) {
                        long tagId = Long.parseLong(tags.lookupOrd(tagOrd).utf8ToString());
                        tagCounts.merge(tagId, counts[tagOrd], Integer::sum);
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
    }

    /** The first {@code limit} matches offered, in order, without keeping or sorting the rest. */
    static final class TopMatches {
        private final Comparator<Match> order;
        private final boolean byScore;
        private final long limit;
        private final PriorityQueue<Match> worstFirst;

        /**
         * @param byScore whether {@code order} is by score first, higher first: most matches of a large
         *     result then lose to the page on their score alone, without comparing anything else
         */
        TopMatches(Comparator<Match> order, boolean byScore, long limit) {
            this.order = order;
            this.byScore = byScore;
            this.limit = limit;
            this.worstFirst = new PriorityQueue<>((int) Math.min(limit, 1024) + 1, order.reversed());
        }

        void offer(int ord, int doc, float score) {
            if (limit == 0) {
                return;
            }
            if (worstFirst.size() < limit) {
                worstFirst.add(new Match(ord, doc, score));
                return;
            }
            Match worst = worstFirst.peek();
            if (byScore && score < worst.score()) {
                return;
            }
            Match match = new Match(ord, doc, score);
            if (order.compare(match, worst) < 0) {
                worstFirst.poll();
                worstFirst.add(match);
            }
        }

        void offer(Match match) {
            offer(match.ord(), match.doc(), match.score());
        }

        /** The matches kept, in order. */
        List<Match> matches() {
            List<Match> sorted = new ArrayList<>(worstFirst);
            sorted.sort(order);
            return sorted;
        }
    }
}
