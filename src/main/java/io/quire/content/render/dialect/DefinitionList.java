package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * A definition list (PHP Markdown Extra, kramdown, Hugo): {@code <dl>} of {@link DefinitionTerm}s
 * and {@link DefinitionDescription}s.
 */
public final class DefinitionList extends CustomBlock {}
