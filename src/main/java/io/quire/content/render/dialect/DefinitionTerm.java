package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/** A term of a {@link DefinitionList}: one line of inline Markdown. */
public final class DefinitionTerm extends CustomBlock {}
