package io.quire.content;

import io.quarkus.scheduler.Scheduled;
import io.quire.post.domain.PostRepository;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * What the served content looks like "now", as a number that changes exactly when it may have
 * changed: when the shared database's version moves (an import here or in another instance) or when
 * a scheduled post's date or an expiry date passes. Caches of anything derived from content key on
 * {@link #current()}; HTTP validators use {@link #lastModified()}.
 */
@Singleton
public class ContentVersion {

    private record Snapshot(long epoch, long storedVersion, Instant changedAt, Instant nextVisibilityChange) {}

    private final EntityManager em;
    private final PostRepository posts;
    private final Clock clock;
    private final Event<ContentChanged> changed;
    private volatile Snapshot snapshot = new Snapshot(0, -1, Instant.EPOCH, null);

    public ContentVersion(EntityManager em, PostRepository posts, Clock clock, Event<ContentChanged> changed) {
        this.em = em;
        this.posts = posts;
        this.clock = clock;
        this.changed = changed;
    }

    public long current() {
        return snapshot.epoch();
    }

    /**
     * The database's content version ({@code content_state.version}) as this instance last saw it: what
     * the search index is built for.
     */
    public long storedVersion() {
        return snapshot.storedVersion();
    }

    /**
     * The database's content version as the caller's transaction reads it: the version of everything
     * else that transaction reads (its queries share one snapshot).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long storedVersionInTransaction() {
        return em.find(ContentState.class, ContentState.ROW).version;
    }

    /**
     * When the content last changed, as far as this instance can tell: the date of the stored
     * version (when its files last changed, see {@code PostStore.contentDate}) or the last
     * publication or expiry that has passed since, whichever is later. Both come from the files, so
     * a database rebuilt from the same files gives the same date.
     */
    public Instant lastModified() {
        return snapshot.changedAt();
    }

    private Instant lastModified(Instant stored, Instant now) {
        Instant boundary = posts.lastVisibilityChange(now).orElse(null);
        return boundary != null && boundary.isAfter(stored) ? boundary : stored;
    }

    /** Checks the shared version and the clock; cheap enough to run every second. */
    @Scheduled(
            every = "${quire.content.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @ActivateRequestContext // also called by the LISTEN thread; see ReplicaTenantResolver
    @Transactional
    public synchronized void refresh() {
        Snapshot current = snapshot;
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        Instant now = clock.instant();
        boolean imported = state.version != current.storedVersion();
        boolean boundaryPassed =
                current.nextVisibilityChange() != null && !now.isBefore(current.nextVisibilityChange());
        if (!imported && !boundaryPassed) {
            return;
        }
        Snapshot next = new Snapshot(
                current.epoch() + 1,
                state.version,
                lastModified(state.changedAt, now),
                posts.nextVisibilityChange(now).orElse(null));
        snapshot = next;
        changed.fire(new ContentChanged(next.epoch()));
    }
}
