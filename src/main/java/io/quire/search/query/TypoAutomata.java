package io.quire.search.query;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The Levenshtein automata of the words searched with typos, built once per word and kept for the
 * next queries. Lucene's {@link FuzzyQuery} builds them again for every field it is asked of (a typo
 * query asks of four) and every search: in a profile of varied searches, with the prefix queries'
 * automata, a fifth of a search's CPU.
 * Pure functions of the word, so one cache, bounded by the heap it takes, serves every request: real
 * query mixes repeat words, and a word searched again skips the build.
 */
final class TypoAutomata {

    /** A word with at most some edits: the automaton of each edit distance up to it, by distance. */
    record Automata(CompiledAutomaton[] byEdits, int codePoints, long bytes) {}

    private record Key(String word, int edits) {}

    /**
     * The heap the kept automata may take: those of a word of 8 to 13 letters with 2 edits take 140 to
     * 260 KB (of 5 to 7 letters with 1 edit, about 25 KB), so this keeps some 60 to 600 words.
     */
    private static final long MAX_BYTES = 16L << 20;

    /** Least recently used first. */
    private static final LinkedHashMap<Key, Automata> CACHE = new LinkedHashMap<>(64, 0.75f, true);

    private static long cachedBytes;

    private TypoAutomata() {}

    /** The automata of {@code word} for 0 to {@code edits} edits (transpositions count as one). */
    static Automata of(String word, int edits) {
        Key key = new Key(word, edits);
        synchronized (CACHE) {
            Automata cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        CompiledAutomaton[] byEdits = new CompiledAutomaton[edits + 1];
        for (int i = 0; i <= edits; i++) {
            byEdits[i] = FuzzyQuery.getFuzzyAutomaton(word, i, 0, true);
        }
        long bytes = Arrays.stream(byEdits)
                .mapToLong(CompiledAutomaton::ramBytesUsed)
                .sum();
        Automata built = new Automata(byEdits, word.codePointCount(0, word.length()), bytes);
        synchronized (CACHE) {
            Automata replaced = CACHE.put(key, built);
            cachedBytes += bytes - (replaced == null ? 0 : replaced.bytes());
            Iterator<Automata> eldest = CACHE.values().iterator();
            while (cachedBytes > MAX_BYTES && eldest.hasNext()) {
                cachedBytes -= eldest.next().bytes();
                eldest.remove();
            }
        }
        return built;
    }
}
