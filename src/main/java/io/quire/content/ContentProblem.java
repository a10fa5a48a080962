package io.quire.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong (or worth knowing) about one content file, in the shape the import report and the
 * {@code validate} command print: where it is, how bad it is, what happened and what to do about it.
 *
 * @param path file path relative to the content root, with {@code /} separators
 * @param line 1-based line in the file, or null when unknown
 * @param column 1-based column in the file, or null when unknown
 * @param code a stable name for the kind of problem (for example {@code shortcode-unclosed}), or null
 *     for kinds that predate codes
 */
public record ContentProblem(
        @Schema(
                description = "File path relative to the content root, with / separators",
                examples = "posts/bad-date.md")
        String path,

        @Schema(description = "1-based line in the file, or null when unknown", nullable = true)
        Integer line,

        @Schema(description = "1-based column in the file, or null when unknown", nullable = true)
        Integer column,

        Severity severity,

        @Schema(examples = "date '2021-02-29' is not a real calendar date")
        String message,

        @Schema(description = "What to do about it, or null when there is no advice", nullable = true)
        String hint,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        @Schema(
                description = "A stable name for the kind of problem; absent for kinds that predate codes",
                examples = "shortcode-unclosed")
        String code) {

    /** A problem of a kind without a code. */
    public ContentProblem(String path, Integer line, Integer column, Severity severity, String message, String hint) {
        this(path, line, column, severity, message, hint, null);
    }

    public enum Severity {
        ERROR,
        WARNING;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ContentProblem error(String path, ContentException cause) {
        return new ContentProblem(path, cause.line(), cause.column(), Severity.ERROR, cause.getMessage(), cause.hint());
    }
}
