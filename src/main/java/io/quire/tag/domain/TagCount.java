package io.quire.tag.domain;

/** A tag and how many posts (of those asked about) carry it; the API shows it as {@code tag.api.TagCountResponse}. */
public record TagCount(String slug, String name, long count) {}
