package io.quire.content.render.dialect;

import org.commonmark.node.CustomBlock;

/**
 * Where {@code [[toc]]}, {@code [TOC]}, {@code [[_TOC_]]}, Hugo's {@code {{< toc >}}} or kramdown's
 * {@code * TOC} + {@code {:toc}} stood: rendered as a {@code <nav class="table-of-contents">} of
 * the post's h2-h4 headings. It holds no text, so it is never an excerpt.
 */
public final class TocMarker extends CustomBlock {}
