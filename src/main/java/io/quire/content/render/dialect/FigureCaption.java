package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/** The caption of a {@link Figure}: its children are inline nodes. */
public final class FigureCaption extends CustomBlock {}
