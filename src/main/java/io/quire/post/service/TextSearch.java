package io.quire.post.service;

import io.quire.post.domain.Post;
import io.quire.post.domain.Visibility;
import java.time.Instant;
import java.util.List;

/**
 * What the posts' read side asks of full-text search: lists with {@code q} and a post's related
 * posts. Search implements it, so posts do not depend on search; both answer from the index of the
 * content version the request's transaction reads when there is one.
 */
public interface TextSearch {

    /** The page of posts the reader sees that match the query's text and filters, ranked, and their total. */
    Matches matching(PostQuery query, Visibility visibility);

    /** The published posts (at {@code now}) most like this one, most alike first, at most {@code limit}. */
    List<Long> related(Post post, List<String> tagNames, String plainText, Instant now, int limit);

    /**
     * @param postIds this page's posts (database ids), in rank order
     * @param totalHits matches on all pages
     */
    record Matches(List<Long> postIds, long totalHits) {}
}
