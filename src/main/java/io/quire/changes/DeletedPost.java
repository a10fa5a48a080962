package io.quire.changes;

/**
 * A post the client should drop: one {@link ChangeWindow} names as deleted or hidden.
 *
 * @param id the public id as JSON gives it ({@link io.quire.post.view.PostIds#json})
 * @param slug the slug the post was last published under
 * @param deletedAt when it was deleted or stopped being published, ISO-8601
 */
public record DeletedPost(Object id, String slug, String deletedAt) {}
