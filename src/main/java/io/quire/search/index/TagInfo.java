package io.quire.search.index;

/** A tag as the tag list shows it: its database id, slug and display name. */
public record TagInfo(long id, String slug, String name) {}
