package io.quire.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.search.analysis.SearchAnalyzer;
import io.quire.web.TypedProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Rebuilding in the background and swapping atomically, without the database. */
class SearchIndexTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger reads = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(0);
    private volatile List<IndexedPost> posts = List.of(post(1, "first"));

    private final IndexSource source = (Consumer<Map<Long, TagInfo>> tags, Consumer<IndexedPost> each) -> {
        long at = version.get();
        reads.incrementAndGet();
        entered.countDown();
        try {
            assertTrue(gate.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        tags.accept(Map.of());
        posts.forEach(each);
        return at;
    };

    private final SearchIndex index = new SearchIndex(version::get, source, new SearchAnalyzer(), 16);

    @Test
    void theFirstSearchWaitsForTheFirstIndex() {
        IndexSnapshot snapshot = index.snapshot();
        assertEquals(1, snapshot.version());
        assertEquals("first", snapshot.post(0).slug());
        assertSame(snapshot, index.snapshot(), "no rebuild while the version stays");
        assertEquals(1, reads.get());
    }

    @Test
    void aNewVersionIsBuiltInTheBackgroundWhileReadersKeepTheOldIndex() throws Exception {
        IndexSnapshot old = index.snapshot();
        gate = new CountDownLatch(1);
        posts = List.of(post(1, "first"), post(2, "second"));
        version.set(2);

        // The build is blocked reading the posts; searches meanwhile get the old index at once.
        IndexSnapshot during = index.snapshot();
        assertSame(old, during);
        CompletableFuture<IndexSnapshot> build = index.refresh();
        assertFalse(build.isDone());
        assertSame(old, index.snapshot());

        gate.countDown();
        IndexSnapshot built = build.get(10, TimeUnit.SECONDS);
        assertEquals(2, built.version());
        assertEquals(2, built.posts().size());
        assertSame(built, index.snapshot());
        assertEquals(2, reads.get(), "one rebuild, however many searches asked for it");
    }

    @Test
    void anIndexBuiltWhileTheVersionMovedIsRebuiltBeforeItIsPublished() throws Exception {
        index.snapshot();
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        version.set(2);
        CompletableFuture<IndexSnapshot> build = index.refresh();
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        // An import finishes while the index of version 2 is being read: version 3's posts are what counts.
        posts = List.of(post(3, "third"));
        version.set(3);
        gate.countDown();
        IndexSnapshot built = build.get(10, TimeUnit.SECONDS);
        assertEquals(3, built.version());
        assertEquals("third", built.post(0).slug());
        assertEquals(3, reads.get());
    }

    @Test
    void aSearchWaitsForTheFirstIndexAtMostTheFirstIndexWaitThenIsAnswered503() throws Exception {
        gate = new CountDownLatch(1);
        SearchIndex slow = new SearchIndex(
                version::get, source, new SearchAnalyzer(), 16, Duration.ZERO, Duration.ofSeconds(1), null);

        TypedProblem problem = assertThrows(TypedProblem.class, slow::snapshot);

        assertEquals(503, problem.status());
        assertEquals("/problems/search-index-building", problem.type());
        assertEquals(Map.of("Retry-After", "5", "Cache-Control", "no-store"), problem.headers());
        assertEquals(
                "The search index is being built after the start (searches, text filters and related posts need it);"
                        + " it was not ready within 1 s. Try again shortly.",
                problem.getMessage());
        gate.countDown();
        assertEquals("first", slow.snapshot().post(0).slug(), "the build went on; the next search has it");
        assertEquals(1, reads.get(), "one build, not one per waiting search");
    }

    @Test
    void aFailedFirstBuildFailsTheSearchAndTheNextSearchTriesAgain() {
        IndexSource failing = (tags, each) -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            tags.accept(Map.of());
            return version.get();
        };
        SearchIndex flaky = new SearchIndex(version::get, failing, new SearchAnalyzer(), 16);
        assertThrows(IllegalStateException.class, flaky::snapshot);
        assertEquals(0, flaky.snapshot().posts().size());
    }

    private static IndexedPost post(long id, String slug) {
        return IndexedPosts.notDraft(
                id,
                slug,
                "Title " + slug,
                null,
                "Body of " + slug,
                List.of(),
                Instant.parse("2025-01-01T00:00:00Z"),
                null,
                null,
                false,
                true);
    }
}
