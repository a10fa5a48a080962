package io.quire.shared;

/**
 * One heading of a rendered body's table of contents.
 *
 * @param level heading level, 2 to 4
 * @param text plain text of the heading
 * @param id the heading's {@code id} attribute in the rendered HTML (link target {@code #id})
 */
public record TocEntry(int level, String text, String id) {}
