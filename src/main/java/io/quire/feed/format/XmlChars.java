package io.quire.feed.format;

/**
 * Text as XML 1.0 allows it. The {@code Char} production of XML 1.0 leaves out C0 controls other than
 * tab, LF and CR, unpaired surrogates, and U+FFFE/U+FFFF; no escaping can carry them (even {@code &#1;}
 * is not well-formed), so they are dropped.
 */
public final class XmlChars {

    private XmlChars() {}

    /** The text without the characters XML 1.0 does not allow; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        int first = 0;
        while (first < n && allowedAt(s, first)) {
            first += Character.charCount(s.codePointAt(first));
        }
        if (first >= n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                }
            } else if (allowedBmp(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return allowedBmp(c);
    }

    /** XML 1.0 {@code Char} for one UTF-16 unit that is not a high surrogate (a lone low one is refused). */
    private static boolean allowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
