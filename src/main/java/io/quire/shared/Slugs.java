package io.quire.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs for posts, tags and aliases.
 *
 * <p>The text is NFKC-normalised and lower-cased ({@link Locale#ROOT}); letters and digits of every
 * script are kept (so {@code 缓存} and {@code é} survive), as are combining marks that follow a kept
 * character; every other run of characters becomes a single {@code -}. There is never a leading or
 * trailing {@code -}. Slugs are at most {@value #MAX_LENGTH} UTF-16 chars, cut at a {@code -} when
 * there is one to cut at. Stateless and thread-safe.
 */
public final class Slugs {

    /** Longest slug returned, in UTF-16 chars. */
    public static final int MAX_LENGTH = 200;

    private Slugs() {}

    /**
     * The slug of {@code text}; {@code ""} when nothing slug-worthy remains (null, blank,
     * punctuation or emoji only).
     */
    public static String slugify(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(normalised.length());
        boolean pendingDash = false;
        boolean previousKept = false;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            boolean keep = Character.isLetterOrDigit(cp) || (previousKept && isCombiningMark(cp));
            if (keep) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                pendingDash = false;
                slug.appendCodePoint(cp);
            } else {
                pendingDash = true;
            }
            previousKept = keep;
        }
        return cap(slug.toString());
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String cap(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        if (slug.charAt(MAX_LENGTH) == '-') {
            return slug.substring(0, MAX_LENGTH);
        }
        int dash = slug.lastIndexOf('-', MAX_LENGTH - 1);
        if (dash > 0) {
            return slug.substring(0, dash);
        }
        int end = MAX_LENGTH;
        if (Character.isLowSurrogate(slug.charAt(end)) && Character.isHighSurrogate(slug.charAt(end - 1))) {
            end--;
        }
        return slug.substring(0, end);
    }
}
