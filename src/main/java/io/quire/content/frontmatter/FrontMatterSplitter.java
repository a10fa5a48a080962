package io.quire.content.frontmatter;

import java.util.Objects;

/**
 * Splits a file into front matter and body.
 *
 * <p>Front matter is the YAML between a first line {@code ---} and the next line that is exactly
 * {@code ---} or {@code ...} (trailing spaces and tabs allowed), or Hugo's TOML between a first line
 * {@code +++} and the next line that is exactly {@code +++}. An indented fence, or one with other
 * text on its line, is content and does not close the block. {@code \r\n} counts as a newline; the
 * returned parts use LF.
 *
 * <p>Splitting never fails, so that it can run before any error reporting. A file whose first line is
 * a fence but that has no closing line comes back as "no front matter" (yaml null, body = whole
 * text); {@link FrontMatterReader#read} turns that into a {@link io.quire.content.ContentException}
 * at line 1. Stateless and thread-safe.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {}

    /**
     * @param text the whole file, already decoded and without a byte order mark
     */
    public static SourceDocument split(String text) {
        Objects.requireNonNull(text, "text");
        String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
        int firstEnd = lineEnd(lf, 0);
        boolean toml = isFence(lf, 0, firstEnd, "+++");
        if (!(toml || isFence(lf, 0, firstEnd, "---")) || firstEnd == lf.length()) {
            return new SourceDocument(null, 0, lf, 1);
        }
        int yamlStart = firstEnd + 1;
        int line = 2;
        for (int start = yamlStart; start <= lf.length(); line++) {
            int end = lineEnd(lf, start);
            boolean closes = toml
                    ? isFence(lf, start, end, "+++")
                    : isFence(lf, start, end, "---") || isFence(lf, start, end, "...");
            if (closes) {
                String yaml = lf.substring(yamlStart, start);
                String body = end == lf.length() ? "" : lf.substring(end + 1);
                return new SourceDocument(yaml, 2, body, line + 1, toml);
            }
            if (end == lf.length()) {
                break;
            }
            start = end + 1;
        }
        return new SourceDocument(null, 0, lf, 1);
    }

    /**
     * Whether the first line of {@code text} is {@code fence} (plus optional trailing blanks). Used to
     * tell an unclosed front matter block from a file without one.
     */
    static boolean startsWithFence(String text, String fence) {
        return isFence(text, 0, lineEnd(text, 0), fence);
    }

    private static int lineEnd(String text, int start) {
        int nl = text.indexOf('\n', start);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isFence(String text, int start, int end, String fence) {
        if (end - start < fence.length() || !text.startsWith(fence, start)) {
            return false;
        }
        for (int i = start + fence.length(); i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && !(c == '\r' && i == end - 1)) {
                return false;
            }
        }
        return true;
    }
}
