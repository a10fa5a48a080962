package io.quire.post.domain;

/** A tag of a post: its id and the name as the post writes it. */
public record PostTagRef(long tagId, String name) {}
