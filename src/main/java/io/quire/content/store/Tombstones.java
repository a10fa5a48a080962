package io.quire.content.store;

import io.quire.config.QuireConfig;
import io.quire.content.ContentState;
import io.quire.content.plan.StoredPost;
import io.quire.post.domain.PostTombstone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Tombstones: what sync clients learn of a public id that stopped existing, kept for {@code
 * quire.sync.retention}. Runs inside {@link PostStore#apply}'s transaction.
 */
@ApplicationScoped
public class Tombstones {

    private final EntityManager em;
    private final QuireConfig config;

    public Tombstones(EntityManager em, QuireConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Tells sync clients that a public id stopped existing, if the public may have seen it: with the
     * slug it was last public under and the first version it was public at. A post no public client
     * was ever shown (a draft, a post deleted before its date) leaves no tombstone to list.
     */
    void write(StoredPost post, long version, Instant changedAt) {
        Long exposed = post.exposedVersionUntil(changedAt);
        if (exposed != null) {
            em.persist(PostTombstone.of(
                    post.publicId(),
                    post.publicIdNumeric(),
                    post.exposedSlugUntil(changedAt),
                    version,
                    changedAt,
                    exposed));
        }
    }

    /** Drops tombstones older than the retention; {@code state} remembers the newest dropped. */
    void prune(ContentState state, Instant changedAt) {
        Instant cutoff = changedAt.minus(config.sync().retention());
        Long pruned = em.createQuery(
                        "select max(t.deletedVersion) from PostTombstone t where t.deletedAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff)
                .getSingleResult();
        if (pruned != null) {
            // Sync tokens from before the newest pruned deletion can no longer learn of it.
            state.prunedVersion = Math.max(state.prunedVersion, pruned);
            em.createQuery("delete from PostTombstone t where t.deletedAt < :cutoff")
                    .setParameter("cutoff", cutoff)
                    .executeUpdate();
        }
    }
}
