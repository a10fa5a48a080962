package io.quire.shared;

/**
 * Plain text as HTML text: {@code & < > "} escaped. The one escaping rule of rendered HTML, templates,
 * feeds and search snippets; each adds only what its output needs besides (snippets also escape
 * {@code '}, rendered HTML drops characters HTML may not contain).
 */
public final class HtmlEscape {

    private HtmlEscape() {}

    public static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!appendEscaped(c, out)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends the entity of {@code c} if it is one of {@code & < > "}; else appends nothing. */
    public static boolean appendEscaped(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> {
                return false;
            }
        }
        return true;
    }
}
