package io.quire.sync.api;

import io.quire.changes.DeletedPost;
import io.quire.post.api.PostResponses;
import io.quire.sync.service.SyncPage;

/** A sync page as the API shows it: the one mapping to {@link SyncPageResponse}. */
final class SyncResponses {

    private SyncResponses() {}

    static SyncPageResponse of(SyncPage page) {
        return new SyncPageResponse(
                PostResponses.contents(page.items()),
                page.deleted().stream().map(SyncResponses::deleted).toList(),
                page.nextPageToken(),
                page.nextToken());
    }

    private static DeletedPostResponse deleted(DeletedPost post) {
        return new DeletedPostResponse(post.id(), post.slug(), post.deletedAt());
    }
}
