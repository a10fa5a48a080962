package io.quire.content;

/** CDI event: what the API serves may have changed (an import, or a scheduled post's time came). */
public record ContentChanged(long epoch) {}
