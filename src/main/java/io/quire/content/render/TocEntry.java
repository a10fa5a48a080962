package io.quire.content.render;

public record TocEntry(int level, String text, String id) {}
