package io.quire.post.view;

/** The same post in another language: its language tag and its slug in that language. */
public record Translation(String lang, String slug) {}
