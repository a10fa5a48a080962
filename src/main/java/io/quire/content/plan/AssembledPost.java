package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.assemble.ImportedPost;

/**
 * A planned post with its body rendered, ready to store; or why it could not be rendered (the file
 * then counts as failed, and a post it updates keeps its last good version).
 *
 * @param post the assembled post, or null if {@code failure} says why there is none
 */
public record AssembledPost(PlannedPost planned, ImportedPost post, ContentProblem failure) {

    public boolean failed() {
        return post == null;
    }
}
