package io.quire.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quire.post.domain.PostTombstone;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A request's queries read one snapshot of the whole database, on H2 as on PostgreSQL: a table first
 * read after another transaction committed still shows the state from before it, the state the
 * request's earlier queries (of other tables) saw. Without this a page could disagree with its total
 * or with the content version it is cached under.
 */
@QuarkusTest
class SnapshotIsolationTest {

    @Inject
    EntityManager em;

    @Test
    void aTableFirstReadAfterACommitShowsTheSameSnapshotAsTheTablesReadBefore() {
        long before = QuarkusTransaction.requiringNew().call(this::tombstones);
        long seen = QuarkusTransaction.requiringNew().call(() -> {
            em.createQuery("select c.version from ContentState c").getSingleResult();
            CompletableFuture.runAsync(() -> {
                        // a thread of its own needs a request context for sessions (the -Ppg build's are
                        // routed by tenant, see io.quire.replica)
                        ManagedContext requestContext = Arc.container().requestContext();
                        requestContext.activate();
                        try {
                            QuarkusTransaction.requiringNew()
                                    .run(() -> em.persist(
                                            PostTombstone.of("isolation-probe", false, "probe", 0, Instant.EPOCH, 0)));
                        } finally {
                            requestContext.terminate();
                        }
                    })
                    .join();
            return tombstones();
        });
        assertEquals(before, seen);
        assertEquals(before + 1, (long) QuarkusTransaction.requiringNew().call(this::tombstones));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("delete from PostTombstone t where t.publicId = 'isolation-probe'")
                        .executeUpdate());
    }

    private long tombstones() {
        return em.createQuery("select count(t) from PostTombstone t", Long.class)
                .getSingleResult();
    }
}
