package io.quire.content.plan;

import io.quire.content.ContentProblem;
import java.util.List;

/**
 * What one import changes: posts to create and to update, stored posts whose id or slug the election
 * of contested keys changed ({@code rekeys}), posts to delete because their file is gone, stored
 * posts that lost an explicit id or slug to a post published earlier ({@code evictions}, reported as
 * errors), and how many stayed as they were (unchanged files, and files that failed and keep their
 * last good version).
 */
public record ImportPlan(
        List<PlannedPost> creates,
        List<PlannedPost> updates,
        List<Rekey> rekeys,
        List<StoredPost> deletes,
        List<StoredPost> evictions,
        int unchanged,
        int failed,
        List<ContentProblem> problems) {

    /** A stored post whose file did not change (or failed) but whose id or slug must. */
    public record Rekey(StoredPost post, String publicId, boolean publicIdNumeric, String slug) {}

    public boolean changesSomething() {
        return !creates.isEmpty()
                || !updates.isEmpty()
                || !rekeys.isEmpty()
                || !deletes.isEmpty()
                || !evictions.isEmpty();
    }
}
