package io.quire.search.service;

/**
 * Where a hit matched, as short snippets: the text HTML-escaped, each match wrapped in {@code
 * <mark>}, a long body passage cut with "…". A field is null when the query did not match it.
 */
public record Highlights(String title, String excerpt, String body) {}
