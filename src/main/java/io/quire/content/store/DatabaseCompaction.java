package io.quire.content.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;

/**
 * Keeps an embedded H2 database file within a small multiple of what it holds. H2 writes changes to
 * new places in its file (an import rewrites every changed post while the old rows stay readable),
 * reuses the space only after a while, and gives it back to the file system only when the database
 * closes: four full re-imports of 19 MB of Markdown grew the file from 120 MB to 1.2 GB. This rewrites
 * the file's sparse chunks (MVStore's {@code compactFile}), then moves the chunks at the end of the
 * file into the gaps and truncates it. The second step is needed on its own: {@code compactFile} moves
 * chunks only after it found sparse ones to rewrite, and an import leaves full chunks with gaps between
 * them, so at 10,000 posts the file stayed at 2.6 GB for 0.3 GB of live data (benchmarks.md,
 * 2026-12-02). It runs when the server starts (the previous process may have been killed before it
 * compacted: {@code bench/faults}), in the background after every import that stored something, and
 * every 10 s while less than {@value #LIVE_PERCENT}% of the file holds live data; never during an
 * import. Moving costs about the size of the live data (19 s for 0.3 GB on a loaded 2-core machine) and
 * delays H2's writes meanwhile, so it is done only while the file is sparse. PostgreSQL needs none of
 * this: autovacuum reuses the space.
 */
@ApplicationScoped
public class DatabaseCompaction {

    private static final Logger LOG = Logger.getLogger(DatabaseCompaction.class);

    /** Rewriting sparse chunks stops after this long; the next run goes on from there. */
    static final int MAX_MILLIS = 5_000;

    /** Moving chunks stops after this long; the next run goes on from there. */
    static final int MAX_MOVE_MILLIS = 30_000;

    /** Moving chunks stops once this share of the file is in use. */
    private static final int DENSE_PERCENT = 90;

    /** What one step of moving chunks moves, as H2's own compaction does. */
    private static final long MOVE_STEP_BYTES = 16L << 20;

    /** Below this share of live data in the file, it is compacted. */
    static final int LIVE_PERCENT = 60;

    private final AgroalDataSource dataSource;
    private final ImportLock lock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "quire-compaction");
        thread.setDaemon(true);
        return thread;
    });

    public DatabaseCompaction(AgroalDataSource dataSource, ImportLock lock) {
        this.dataSource = dataSource;
        this.lock = lock;
    }

    /**
     * After an import that stored something (the import still holds the lock): compacts in the
     * background once the import has finished, so the import's answer does not wait for it.
     */
    public void afterImport() {
        background.execute(() -> compactIfSparse(null));
    }

    /** Before the first import of this process: the space a killed process left behind. */
    public void beforeStartupImport() {
        compactIfSparse(Duration.ZERO);
    }

    @Scheduled(
            every = "10s",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void whileSparse() {
        compactIfSparse(Duration.ZERO);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Compacts if the file is sparse and no import runs, waiting up to {@code wait} (null: as long as it takes). */
    private void compactIfSparse(Duration wait) {
        Optional<ImportLock.Held> held;
        try {
            held = lock.acquireLocal(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (held.isEmpty()) {
            return; // an import runs, and compacts when it has finished
        }
        try (ImportLock.Held locked = held.get();
                Connection connection = dataSource.getConnection()) {
            compact(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Could not compact the database file: %s", e.getMessage());
        }
    }

    /**
     * Compacts the database of this connection if it is an H2 file whose live data is under {@value
     * #LIVE_PERCENT}% of it; anything else is left alone.
     *
     * @return the file's size after, or -1 if it is not an H2 file
     */
    static long compact(Connection connection) throws SQLException {
        MVStore store = h2FileStore(connection);
        if (store == null) {
            return -1;
        }
        long before = store.getFileStore().size();
        // the share of the file in chunks, times the share of live data in the chunks
        int live = store.getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        if (live >= LIVE_PERCENT) {
            return before;
        }
        long started = System.nanoTime();
        int retention = store.getRetentionTime();
        try {
            store.compactFile(MAX_MILLIS);
            if (store.getFileStore() instanceof RandomAccessStore file) {
                // chunks moved into the gaps in H2's own steps; the file is truncated once every
                // chunk past the live data has moved, so stop when it is dense, or after one step per
                // step size of it
                long deadline = started + MAX_MOVE_MILLIS * 1_000_000L;
                long steps = file.size() / MOVE_STEP_BYTES + 1;
                do {
                    file.compactMoveChunks(100, MOVE_STEP_BYTES, store);
                } while (store.getFillRate() < DENSE_PERCENT && --steps > 0 && System.nanoTime() < deadline);
            }
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
        return after;
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
