package io.quire.content.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * One importer at a time, across every instance that shares the database: an import plans against
 * what is stored and then writes, so a second import running meanwhile would write a plan made from
 * a state that no longer exists (PostgreSQL then refuses it: "could not serialize access").
 *
 * <p>Within an instance, a lock in memory. On PostgreSQL also the session-level advisory lock {@link
 * AdvisoryLock#IMPORT} on a connection of its own, taken before the import reads what is stored
 * and released after its transaction has committed; PostgreSQL releases it by itself when the
 * instance dies, as the connection closes. An embedded H2 database belongs to one process, so the
 * lock in memory is all it needs.
 */
@ApplicationScoped
public class ImportLock {

    private static final Logger LOG = Logger.getLogger(ImportLock.class);
    private static final long POLL_MILLIS = 200;

    private final AgroalDataSource dataSource;
    private final ReentrantLock local = new ReentrantLock();
    private volatile Boolean postgres;

    public ImportLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A lock held by the caller; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the lock, waiting at most {@code wait} (forever when null).
     *
     * @return the held lock, or empty when another import still holds it after {@code wait}
     * @throws SQLException when the database cannot be asked (it is down)
     */
    public Optional<Held> acquire(Duration wait) throws InterruptedException, SQLException {
        long deadline = wait == null ? Long.MAX_VALUE : System.nanoTime() + wait.toNanos();
        if (wait == null) {
            local.lockInterruptibly();
        } else if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        try {
            if (!isPostgres()) {
                return Optional.of(local::unlock);
            }
            Optional<Held> shared = acquireAdvisory(deadline);
            if (shared.isEmpty()) {
                local.unlock();
            }
            return shared;
        } catch (InterruptedException | SQLException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    /** Takes the in-memory lock only: for work that reads but never writes (dry runs). */
    public Optional<Held> acquireLocal(Duration wait) throws InterruptedException {
        if (wait == null) {
            local.lockInterruptibly();
        } else if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        return Optional.of(local::unlock);
    }

    private Optional<Held> acquireAdvisory(long deadline) throws InterruptedException, SQLException {
        Connection connection = dataSource.getConnection();
        try {
            boolean logged = false;
            while (!AdvisoryLock.IMPORT.tryForSession(connection)) {
                if (System.nanoTime() >= deadline) {
                    connection.close();
                    return Optional.empty();
                }
                if (!logged) {
                    LOG.info("Waiting for an import on another instance to finish (PostgreSQL advisory lock "
                            + AdvisoryLock.IMPORT.key() + ")");
                    logged = true;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException | SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return Optional.of(() -> release(connection));
    }

    private void release(Connection connection) {
        try (connection) {
            AdvisoryLock.IMPORT.release(connection);
        } catch (SQLException e) {
            // The session (and with it the lock) ends as the connection closes anyway.
            LOG.warnf("Releasing the import lock failed: %s", e.getMessage());
        } finally {
            local.unlock();
        }
    }

    private boolean isPostgres() throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(Locale.ROOT)
                        .contains("postgres");
            }
            postgres = known;
        }
        return known;
    }
}
