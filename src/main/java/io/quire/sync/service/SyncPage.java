package io.quire.sync.service;

import io.quire.changes.DeletedPost;
import io.quire.post.view.PostContent;
import java.util.List;

/**
 * What one sync call answers: the posts to store, the posts to drop, and where the next call starts.
 *
 * @param nextPageToken the token of the next page, or null on the last page
 * @param nextToken the token of the next sync, only on the last page (else null)
 */
public record SyncPage(List<PostContent> items, List<DeletedPost> deleted, String nextPageToken, String nextToken) {}
