package io.quire.content.render.dialect;

/** One heading a {@code [[toc]]} marker links to. */
public record TocLink(int level, String text, String id) {}
