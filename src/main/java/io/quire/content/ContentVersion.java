package io.quire.content;

import io.quarkus.scheduler.Scheduled;
import io.quire.post.domain.PostRepository;
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
     * The database's content version ({@code content_state.version}) as this instance last saw it;
     * 0 until something was imported.
     */
    public long storedVersion() {
        return Math.max(0, snapshot.storedVersion());
    }

    /** When the content last changed, as far as this instance can tell. */
    public Instant lastModified() {
        return snapshot.changedAt();
    }

    /** Checks the shared version and the clock; cheap enough to run every second. */
    @Scheduled(
            every = "${quire.content.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public synchronized void refresh() {
        Snapshot current = snapshot;
        ContentState state = em.find(ContentState.class, ContentState.ROW);
        Instant now = clock.instant();
        Snapshot next;
        if (state.version != current.storedVersion()) {
            next = new Snapshot(
                    current.epoch() + 1,
                    state.version,
                    state.changedAt,
                    posts.nextVisibilityChange(now).orElse(null));
        } else if (current.nextVisibilityChange() != null && !now.isBefore(current.nextVisibilityChange())) {
            next = new Snapshot(
                    current.epoch() + 1,
                    current.storedVersion(),
                    current.nextVisibilityChange(),
                    posts.nextVisibilityChange(now).orElse(null));
        } else {
            return;
        }
        snapshot = next;
        changed.fire(new ContentChanged(next.epoch()));
    }
}
