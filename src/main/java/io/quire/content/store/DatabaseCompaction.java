package io.quire.content.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * Keeps an embedded H2 database file within a small multiple of what it holds. H2 writes changes to
 * new places in its file (an import rewrites every changed post while the old rows stay readable),
 * reuses the space only after a while, and gives it back to the file system only when the database
 * closes: four full re-imports of 19 MB of Markdown grew the file from 120 MB to 1.2 GB. This rewrites
 * the file's sparse chunks and moves the rest together, which shrinks it: MVStore's {@code
 * compactFile}, what H2 does when it closes, and its background writer does in small steps. It is tried
 * after every import that stored something, and every 10 s while less than {@value #LIVE_PERCENT}% of
 * the file holds live data: H2 keeps replaced data for 45 s (its margin for disks that write late),
 * so the space an import frees can be given back only about a minute later. It never runs during an
 * import. PostgreSQL needs none of this: autovacuum reuses the
 * space.
 */
@ApplicationScoped
public class DatabaseCompaction {

    private static final Logger LOG = Logger.getLogger(DatabaseCompaction.class);

    /** Compacting stops after this long; the next run goes on from there. */
    static final int MAX_MILLIS = 5_000;

    /** Below this share of live data in the file, it is compacted. */
    static final int LIVE_PERCENT = 60;

    private final AgroalDataSource dataSource;
    private final ImportLock lock;

    public DatabaseCompaction(AgroalDataSource dataSource, ImportLock lock) {
        this.dataSource = dataSource;
        this.lock = lock;
    }

    /** After an import that stored something: compacts now (the import still holds the lock). */
    public void afterImport() {
        compact(false);
    }

    @Scheduled(
            every = "10s",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void whileSparse() {
        Optional<ImportLock.Held> held;
        try {
            held = lock.acquireLocal(Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (held.isEmpty()) {
            return; // an import runs, and compacts when it has finished
        }
        try (ImportLock.Held locked = held.get()) {
            compact(true);
        }
    }

    /** Compacts an H2 file database; with {@code onlyIfSparse}, only if it holds much dead data; never fails. */
    private void compact(boolean onlyIfSparse) {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = h2FileStore(connection);
            if (store == null) {
                return;
            }
            long before = store.getFileStore().size();
            // the share of the file in chunks, times the share of live data in the chunks
            int live = store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
            if (onlyIfSparse && live >= LIVE_PERCENT) {
                return;
            }
            long started = System.nanoTime();
            int retention = store.getRetentionTime();
            try {
                store.compactFile(MAX_MILLIS);
            } finally {
                // compactFile drops the retention time to 0 for good; keep H2's margin for disks that
                // write late
                store.setRetentionTime(retention);
            }
            long after = store.getFileStore().size();
            if (after < before) {
                LOG.infof(
                        "Compacted the database file from %d to %d MB in %d ms",
                        before / 1_000_000, after / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not compact the database file: %s", e.getMessage());
        }
    }

    /** The MVStore of an embedded H2 database kept in a file, or null for anything else. */
    private static MVStore h2FileStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        Database database = session.getDatabase();
        if (!database.isPersistent() || database.getStore() == null) {
            return null;
        }
        MVStore store = database.getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }
}
