package io.quire.content.frontmatter;

/**
 * What a post's path says about it, used when the front matter does not say.
 *
 * @param slug slug from the file or bundle folder name, or null when it has no letters or digits
 * @param date date from a Jekyll {@code YYYY-MM-DD-} prefix, or null
 */
public record FileNameHints(String slug, DateValue date) {}
