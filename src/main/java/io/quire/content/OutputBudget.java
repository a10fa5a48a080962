package io.quire.content;

/**
 * How much one file may expand to, whatever its size: the bounds that keep a small hostile file from
 * exhausting memory or making every list page huge. A file over any of them is an import error for
 * that file (its last good version stays).
 *
 * @param maxFrontMatterBytes a post's summary as JSON: its front matter after YAML aliases are
 *     expanded, plus a title or excerpt taken from the body
 * @param maxHtmlBytes the rendered HTML, in UTF-8 bytes
 * @param maxTextBytes the plain text (search, word count), in UTF-8 bytes
 */
public record OutputBudget(int maxFrontMatterBytes, int maxHtmlBytes, int maxTextBytes) {

    public static final int DEFAULT_MAX_FRONT_MATTER_BYTES = 65_536;
    public static final int DEFAULT_MAX_HTML_BYTES = 1_048_576;
    public static final int DEFAULT_MAX_TEXT_BYTES = 1_048_576;

    public OutputBudget {
        if (maxFrontMatterBytes < 1 || maxHtmlBytes < 1 || maxTextBytes < 1) {
            throw new IllegalArgumentException("output budgets must be positive");
        }
    }

    public static OutputBudget defaults() {
        return new OutputBudget(DEFAULT_MAX_FRONT_MATTER_BYTES, DEFAULT_MAX_HTML_BYTES, DEFAULT_MAX_TEXT_BYTES);
    }

    /** The UTF-8 length of {@code text}, without encoding it. */
    public static long utf8Length(CharSequence text) {
        return utf8Length(text, 0, text.length());
    }

    /** The UTF-8 length of {@code text} from {@code start} (inclusive) to {@code end} (exclusive). */
    public static long utf8Length(CharSequence text, int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            bytes += utf8Length(text.charAt(i));
        }
        return bytes;
    }

    /** Bytes one UTF-16 char takes in UTF-8 (each half of a surrogate pair counts 2 of its 4). */
    public static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
