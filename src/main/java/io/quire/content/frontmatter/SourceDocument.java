package io.quire.content.frontmatter;

/**
 * Text of one file split into its YAML front matter and Markdown body. Line endings are LF.
 *
 * @param yaml the front matter between the fences ({@code ""} for an empty block), or null when the
 *     file has no (closed) front matter; TOML when {@code toml} is true
 * @param yamlFirstLine 1-based file line of the first YAML line (the line after the opening {@code
 *     ---}); 0 when {@code yaml} is null
 * @param body the Markdown after the closing fence, or the whole text when there is no front matter
 * @param bodyFirstLine 1-based file line of the first body line
 * @param toml whether the front matter is Hugo's TOML (between {@code +++} lines) rather than YAML
 */
public record SourceDocument(String yaml, int yamlFirstLine, String body, int bodyFirstLine, boolean toml) {

    public SourceDocument(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
        this(yaml, yamlFirstLine, body, bodyFirstLine, false);
    }
}
