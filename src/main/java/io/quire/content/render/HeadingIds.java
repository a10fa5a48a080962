package io.quire.content.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitHub-style heading ids for one document: {@link #slug} the heading text, then de-duplicate in
 * document order with {@code -1}, {@code -2}, ... (as github-slugger does). Not thread-safe: one
 * instance per rendered document.
 */
final class HeadingIds {

    static final String FALLBACK = "section";

    /** id -> how many times its base slug has been suffixed so far. */
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** Marks an id as taken (for example by footnote markup) so that no heading gets it. */
    void reserve(String id) {
        occurrences.putIfAbsent(id, 0);
    }

    /** The unique id for the next heading with this plain text. */
    String next(String headingText) {
        String base = slug(headingText);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        String id = base;
        while (occurrences.containsKey(id)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            id = base + "-" + n;
        }
        occurrences.put(id, 0);
        return id;
    }

    /**
     * Lower-cases the text, keeps letters, digits and combining marks of any script plus {@code -}
     * and {@code _}, turns each whitespace character into {@code -} and drops everything else
     * (punctuation, symbols, emoji).
     */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
                sb.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append('-');
            }
        }
        return sb.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
