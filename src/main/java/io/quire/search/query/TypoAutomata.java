package io.quire.search.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The Levenshtein automata of the words searched with typos, built once per word and kept for the
 * next queries. Lucene's {@link FuzzyQuery} builds them again for every field it is asked of (a typo
 * query asks of eight) and every search: in a profile of varied searches, a fifth of a search's CPU.
 * Pure functions of the word, so one bounded cache serves every request; real query mixes repeat words.
 */
final class TypoAutomata {

    /** A word with at most some edits: the automaton of each edit distance up to it, by distance. */
    record Automata(CompiledAutomaton[] byEdits, int codePoints) {}

    private record Key(String word, int edits) {}

    /** About 24 KB per entry for a word of 8 letters with 2 edits, so at most a few MB. */
    private static final int MAX_ENTRIES = 256;

    private static final Map<Key, Automata> CACHE = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Automata> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

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
        Automata built = new Automata(byEdits, word.codePointCount(0, word.length()));
        synchronized (CACHE) {
            CACHE.put(key, built);
        }
        return built;
    }
}
