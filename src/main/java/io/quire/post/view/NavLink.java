package io.quire.post.view;

/**
 * A link to another post: a neighbour in publication order, or a related post.
 *
 * @param date the publication date as written, or null when the post has none
 */
public record NavLink(String slug, String title, String date) {}
