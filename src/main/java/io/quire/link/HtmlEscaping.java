package io.quire.link;

/**
 * The one HTML escaping rule: {@code & < > "} become entities, which makes text safe both as element
 * content and inside a double-quoted attribute. Used by the renderer's serialiser, the dialects'
 * placeholders, the URL rewriting of stored html, search snippets and feeds, so that the stored and
 * the served html agree on what an escaped character looks like.
 */
public final class HtmlEscaping {

    private HtmlEscaping() {}

    /** {@code s} escaped. */
    public static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        append(s, out);
        return out.toString();
    }

    /** Appends {@code s} escaped. */
    public static void append(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), out);
        }
    }

    /** Appends one character, escaped if it is one of {@code & < > "}. */
    public static void append(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}
