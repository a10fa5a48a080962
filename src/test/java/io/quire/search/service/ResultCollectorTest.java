package io.quire.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first matches of a result in its order, kept without sorting the rest. */
class ResultCollectorTest {

    @Test
    void aPageOfALargeResultIsTheSameAsSortingItAll() {
        java.util.Random random = new java.util.Random(7);
        List<Match> matches = new ArrayList<>();
        for (int ord = 0; ord < 5_000; ord++) {
            matches.add(new Match(ord, ord, random.nextInt(50))); // many equal scores
        }
        java.util.Comparator<Match> order = java.util.Comparator.comparingDouble((Match match) -> match.score())
                .reversed()
                .thenComparingInt(Match::ord);
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(order);
        for (int limit : new int[] {1, 20, 60, 4_999, 5_000, 6_000}) {
            for (boolean byScore : new boolean[] {true, false}) {
                ResultCollector.TopMatches top = new ResultCollector.TopMatches(order, byScore, limit);
                matches.forEach(top::offer);
                assertEquals(sorted.subList(0, Math.min(limit, sorted.size())), top.matches());
            }
        }
    }
}
