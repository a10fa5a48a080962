package io.quire.content.render.dialect;

/**
 * Something in a body that Quire rendered as well as it could but that the author should fix.
 *
 * @param code stable identifier of the kind of problem (for example {@code shortcode-unclosed})
 * @param line 1-based line in the body, or null when unknown
 * @param column 1-based column in the body, or null when unknown
 */
public record DialectWarning(String code, Integer line, Integer column, String message, String hint) {}
