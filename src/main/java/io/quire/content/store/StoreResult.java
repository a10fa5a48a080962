package io.quire.content.store;

import io.quire.content.ContentProblem;
import java.util.List;

/**
 * What storing a plan found.
 *
 * @param problems posts that could not be rendered, warnings from rendering, aliases that clash
 * @param failedCreates planned new posts that were not stored because they could not be rendered
 * @param failedUpdates planned updates that kept their last good version for the same reason
 * @param version the content version the import stored
 */
public record StoreResult(List<ContentProblem> problems, int failedCreates, int failedUpdates, long version) {}
