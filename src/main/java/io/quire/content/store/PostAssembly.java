package io.quire.content.store;

import io.quire.content.plan.AssembledPost;
import io.quire.content.plan.PlannedPost;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Renders planned posts for the store, a chunk at a time: the store starts the next chunk before it
 * writes the current one, so rendering and writing overlap.
 */
@FunctionalInterface
public interface PostAssembly {

    /** Starts rendering {@code chunk}; the result keeps its order. */
    CompletableFuture<List<AssembledPost>> start(List<PlannedPost> chunk);
}
