package io.quire.search.service;

import io.quire.post.service.PostQuery;
import io.quire.search.index.IndexSnapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search keeps of its matches: the matches up to the end of the page asked for, in the
 * result's order ({@link ResultOrder}), of the posts the caller can still show (all, when {@code
 * stillVisible} is null), with the count and tag counts of all of them ({@link ResultCollector}).
 */
record TopHits(
        Comparator<Match> order,
        boolean byScore,
        long limit,
        IndexSnapshot snapshot,
        Function<Collection<Long>, Set<Long>> stillVisible) {

    static TopHits of(PostQuery query, IndexSnapshot snapshot, Function<Collection<Long>, Set<Long>> stillVisible) {
        return new TopHits(
                ResultOrder.of(query.sort(), snapshot),
                query.sort() == null,
                query.offset() + query.size(),
                snapshot,
                stillVisible);
    }

    ResultCollector.Collected collect(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, ResultCollector.manager(order, byScore, limit, allowed(searcher, query)));
    }

    /**
     * Which ords the caller can still show, or null for all: left out before counting and paging,
     * so that a page from an index older than the database still agrees with its own total.
     */
    private Bits allowed(IndexSearcher searcher, Query query) {
        if (stillVisible == null) {
            return null;
        }
        List<Match> matches = AllMatches.of(searcher, query);
        List<Long> ids = new ArrayList<>(matches.size());
        for (Match match : matches) {
            ids.add(snapshot.post(match.ord()).postId());
        }
        Set<Long> visible = stillVisible.apply(ids);
        FixedBitSet allowed = new FixedBitSet(snapshot.posts().size());
        for (Match match : matches) {
            if (visible.contains(snapshot.post(match.ord()).postId())) {
                allowed.set(match.ord());
            }
        }
        return allowed;
    }
}
