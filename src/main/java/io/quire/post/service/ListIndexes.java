package io.quire.post.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quire.content.ContentChanged;
import io.quire.content.ContentVersion;
import io.quire.post.domain.PostRepository;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The {@link ListIndex} of the content version a request reads. A request asks for the version its
 * own transaction sees ({@code content_state.version}, as the search index is asked); if the index is of another version, it is
 * built in that transaction, from the same snapshot as the rest of the request, so a page never
 * mixes two versions; requests that need the same version meanwhile wait for that one build. After
 * every change of content the next index is built ahead, in the background, so requests rarely wait.
 */
@Singleton
public class ListIndexes {

    private static final Logger LOG = Logger.getLogger(ListIndexes.class);

    private final PostRepository posts;
    private final ContentVersion contentVersion;
    private final ConcurrentMap<Long, CompletableFuture<ListIndex>> building = new ConcurrentHashMap<>();
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "quire-list-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ListIndex current;

    public ListIndexes(PostRepository posts, ContentVersion contentVersion) {
        this.posts = posts;
        this.contentVersion = contentVersion;
    }

    /**
     * The index of {@code version}, which must be what the caller's transaction reads ({@link
     * ContentVersion#storedVersionInTransaction()}).
     */
    public ListIndex at(long version) {
        ListIndex index = current;
        if (index != null && index.version() == version) {
            return index;
        }
        CompletableFuture<ListIndex> mine = new CompletableFuture<>();
        CompletableFuture<ListIndex> theirs = building.putIfAbsent(version, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                return build(version); // their build failed; try it here
            }
        }
        try {
            ListIndex built = build(version);
            mine.complete(built);
            return built;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            building.remove(version, mine);
        }
    }

    private ListIndex build(long version) {
        long started = System.nanoTime();
        ListIndex built = ListIndex.build(version, posts.sortRows(), posts.allPostTags());
        synchronized (this) {
            if (current == null || current.version() < version) {
                current = built;
            }
        }
        LOG.debugf(
                "Built the list index of version %d (%d posts) in %d ms",
                version, built.size(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    /**
     * Builds the index of the new version ahead of the requests that will need it, once lists have been
     * asked for (as the search index does): a process that serves none, such as the {@code import}
     * command, builds none.
     */
    void ahead(@Observes ContentChanged event) {
        if (current == null) {
            return;
        }
        ahead.execute(this::buildAhead);
    }

    @ActivateRequestContext // on a thread of its own
    void buildAhead() {
        try {
            QuarkusTransaction.requiringNew().run(() -> at(contentVersion.storedVersionInTransaction()));
        } catch (RuntimeException e) {
            LOG.warnf("Building the list index ahead failed (requests build it): %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        ahead.shutdownNow();
    }
}
