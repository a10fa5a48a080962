package io.quire.archive.domain;

/** How many posts were published in one month (UTC); {@code month} is 1-12. */
public record ArchiveMonth(int year, int month, long count) {}
