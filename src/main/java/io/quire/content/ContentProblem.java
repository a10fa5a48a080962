package io.quire.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong (or worth knowing) about one content file, in the shape the import report and the
 * {@code validate} command print: where it is, how bad it is, what happened and what to do about it.
 *
 * @param path file path relative to the content root, with {@code /} separators
 * @param line 1-based line in the file, or null when unknown
 * @param column 1-based column in the file, or null when unknown
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
        String hint) {

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
