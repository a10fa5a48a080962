package io.quire.content;

/**
 * A content file cannot be imported. Carries the position in the file (when known) and a hint that
 * tells the author how to fix it; the importer adds the path and turns it into a {@link
 * ContentProblem}.
 */
public class ContentException extends Exception {

    private final Integer line;
    private final Integer column;
    private final String hint;

    public ContentException(String message, Integer line, Integer column, String hint) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public ContentException(String message, String hint) {
        this(message, null, null, hint);
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }

    public String hint() {
        return hint;
    }
}
