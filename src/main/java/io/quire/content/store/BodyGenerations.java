package io.quire.content.store;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quire.post.domain.PostBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

/**
 * Post bodies written outside an import's transaction. A changed body is inserted as a new row, in a
 * small transaction of its own that commits at once: no post points at it yet, so no reader sees it.
 * The import's transaction then only moves each post's {@code body_id} to its new body, and records the
 * bodies it replaced; readers see the old bodies until it commits, the new ones after. H2 kept every
 * replaced row of one large transaction in its undo log until the commit; the bodies are most of what
 * a re-import writes.
 *
 * <p>Every row that may be garbage is recorded in {@code post_body_pending}: a new row as it is written,
 * a replaced or deleted post's row by the import's transaction. {@link #sweep} deletes those no post
 * points at, after the import commits, and at the start of the next import if a process died first or
 * the import failed. It runs under the import lock, so it never sees another import's new rows.
 */
@ApplicationScoped
public class BodyGenerations {

    private static final Logger LOG = Logger.getLogger(BodyGenerations.class);

    /** Body rows deleted per transaction by a sweep: each transaction's undo log stays small. */
    static final int SWEEP_CHUNK = 100;

    private final EntityManager em;
    private final StatelessSession rows;

    public BodyGenerations(EntityManager em, StatelessSession rows) {
        this.em = em;
        this.rows = rows;
    }

    /** A post's current body, as the import needs it: to keep it (same hash) or to replace it. */
    public record Current(long bodyId, String hash) {}

    /** The current bodies of these posts, by post id, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, Current> current(Collection<Long> postIds) {
        Map<Long, Current> current = new HashMap<>();
        if (postIds.isEmpty()) {
            return current;
        }
        rows.createSelectionQuery(
                        "select p.id, b.id, b.bodyHash from Post p" + PostBody.OF_POST + " where p.id in :ids",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultList()
                .forEach(row -> current.put((Long) row[0], new Current((Long) row[1], (String) row[2])));
        return current;
    }

    /**
     * Inserts {@code bodies} (giving them ids) and records them as pending, in a transaction of its own
     * that commits before this returns, whatever transaction the caller is in.
     */
    public void writeNew(List<PostBody> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            rows.insertMultiple(bodies);
            rows.insertMultiple(
                    bodies.stream().map(body -> new PendingBody(body.id)).toList());
        });
    }

    /** In the import's transaction: these bodies are not served once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retire(Collection<Long> bodyIds) {
        if (!bodyIds.isEmpty()) {
            rows.insertMultiple(bodyIds.stream().map(PendingBody::new).toList());
        }
    }

    /** In the import's transaction, before these posts are deleted: their bodies go with them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retireBodiesOf(Collection<Long> postIds) {
        retire(em.createQuery("select p.bodyId from Post p where p.id in :ids and p.bodyId is not null", Long.class)
                .setParameter("ids", postIds)
                .getResultList());
    }

    /**
     * Deletes the pending body rows no post points at, a few at a time, each in a transaction of its own,
     * and forgets the pending ones a post points at. Call it under the import lock, outside an import's
     * transaction.
     *
     * @return how many body rows it deleted
     */
    public int sweep() {
        List<Long> pending = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select b.bodyId from PendingBody b order by b.bodyId", Long.class)
                        .getResultList());
        int deleted = 0;
        for (int from = 0; from < pending.size(); from += SWEEP_CHUNK) {
            List<Long> ids = new ArrayList<>(pending.subList(from, Math.min(pending.size(), from + SWEEP_CHUNK)));
            deleted += QuarkusTransaction.requiringNew().call(() -> {
                // Which of them are served is read from post.body_id's index: asking post_body would read
                // each body row in full (H2 stores a row in one piece), and after an import most pending
                // rows are its new bodies, which stay.
                List<Long> orphans = new ArrayList<>(ids);
                orphans.removeAll(em.createQuery("select p.bodyId from Post p where p.bodyId in :ids", Long.class)
                        .setParameter("ids", ids)
                        .getResultList());
                int gone = orphans.isEmpty()
                        ? 0
                        : em.createQuery("delete from PostBody b where b.id in :ids")
                                .setParameter("ids", orphans)
                                .executeUpdate();
                em.createQuery("delete from PendingBody b where b.bodyId in :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
                return gone;
            });
        }
        if (!pending.isEmpty()) {
            LOG.debugf("Swept %d pending body rows: %d deleted", pending.size(), deleted);
        }
        return deleted;
    }
}
