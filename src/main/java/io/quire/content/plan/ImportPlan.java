package io.quire.content.plan;

import io.quire.content.ContentProblem;
import io.quire.content.store.StoredPost;
import java.util.List;

/**
 * What one import changes: posts to create and to update, posts to delete, and how many stayed as
 * they were (unchanged files, and files that failed and keep their last good version).
 */
public record ImportPlan(
        List<PlannedPost> creates,
        List<PlannedPost> updates,
        List<StoredPost> deletes,
        int unchanged,
        int failed,
        List<ContentProblem> problems) {

    public boolean changesSomething() {
        return !creates.isEmpty() || !updates.isEmpty() || !deletes.isEmpty();
    }
}
