package io.quire.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quire.config.QuireConfig;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;

/**
 * The optional read replica: a PostgreSQL hot standby of the primary, configured as the datasource
 * named {@code replica} ({@code quarkus.datasource.replica.jdbc.url}) in the {@code -Ppg} build. It
 * knows which content version ({@code content_state.version}) the replica has replayed, so that a read
 * goes there only when the replica holds at least the version this instance serves; and whether the
 * replica is failing, so that reads skip it for {@code quire.replica.retry-after}.
 */
@Singleton
public class ReadReplica {

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    private static final String VERSION_QUERY = "select version from content_state where id = 1";
    private static final long POLL_MILLIS = 10;

    /** Where the reads went, for the health check and the tests. */
    public record Counts(long replica, long primaryBehind, long primaryDown, long failures) {}

    private final Optional<AgroalDataSource> dataSource;
    private final Duration catchUpWait;
    private final Duration retryAfter;
    private final Clock clock;
    private final LongAdder replicaReads = new LongAdder();
    private final LongAdder behindReads = new LongAdder();
    private final LongAdder downReads = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile long replayed = -1;
    private volatile long downUntilNanos;
    private volatile boolean down;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    public ReadReplica(
            @DataSource(ReadRoute.REPLICA) InjectableInstance<AgroalDataSource> replica,
            QuireConfig config,
            Clock clock) {
        // Only the -Ppg build declares the datasource (and routes sessions); it is active with a URL.
        this.dataSource =
                replica.isResolvable() && replica.getHandle().getBean().isActive()
                        ? Optional.of(replica.get())
                        : Optional.empty();
        this.catchUpWait = config.replica().catchUpWait();
        this.retryAfter = config.replica().retryAfter();
        this.clock = clock;
        dataSource.ifPresent(ds -> LOG.info("Reads go to the read replica when it has the content version served"));
    }

    public boolean configured() {
        return dataSource.isPresent();
    }

    /**
     * Whether a read of {@code version} (the version this instance serves) may go to the replica now:
     * the replica is not left out after a failure and has replayed that version, waiting up to {@code
     * quire.replica.catch-up-wait} for it. Counts the reads that go to the primary instead.
     */
    boolean readyFor(long version) {
        if (down) {
            probeLater();
            downReads.increment();
            return false;
        }
        if (replayed >= version) {
            return true;
        }
        long deadline = System.nanoTime() + catchUpWait.toNanos();
        try {
            while (true) {
                long seen = replicaVersion();
                if (seen >= version) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    behindReads.increment();
                    return false;
                }
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            }
        } catch (SQLException | RuntimeException e) {
            failed(e);
            downReads.increment();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            behindReads.increment();
            return false;
        }
    }

    /**
     * Tries a replica that failed again, once per {@code quire.replica.retry-after}, on a thread of its
     * own: a replica that does not answer may take seconds to refuse, and no read waits for that.
     */
    private void probeLater() {
        if (System.nanoTime() - downUntilNanos < 0 || !probing.compareAndSet(false, true)) {
            return;
        }
        Thread probe = new Thread(
                () -> {
                    try {
                        replicaVersion();
                    } catch (SQLException | RuntimeException e) {
                        failed(e);
                    } finally {
                        probing.set(false);
                    }
                },
                "quire-replica-probe");
        probe.setDaemon(true);
        probe.start();
    }

    void servedRead() {
        replicaReads.increment();
        answered();
    }

    /** The replica failed a read or a version check: leave it out for {@code quire.replica.retry-after}. */
    void failed(Throwable e) {
        failures.increment();
        downUntilNanos = System.nanoTime() + retryAfter.toNanos();
        lastError = String.valueOf(e.getMessage());
        lastErrorAt = clock.instant();
        if (!down) {
            down = true;
            LOG.warnf(
                    "The read replica failed (%s); reading from the primary, trying it again in %s",
                    lastError, retryAfter);
        }
    }

    /** Reads the replica's content version; it only grows (a standby replays the primary in order). */
    private long replicaVersion() throws SQLException {
        long seen;
        try (Connection connection = dataSource.orElseThrow().getConnection();
                PreparedStatement query = connection.prepareStatement(VERSION_QUERY)) {
            query.setQueryTimeout(5);
            try (ResultSet row = query.executeQuery()) {
                seen = row.next() ? row.getLong(1) : -1;
            }
        }
        synchronized (this) {
            if (seen > replayed) {
                replayed = seen;
            }
        }
        answered();
        return seen;
    }

    private void answered() {
        if (down) {
            down = false;
            LOG.info("The read replica answers again");
        }
    }

    /** The newest content version seen on the replica (-1: none yet). */
    public long replayedVersion() {
        return replayed;
    }

    /** Whether the replica failed last time it was tried (reads go to the primary until it answers again). */
    public boolean down() {
        return down;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> lastErrorAt() {
        return Optional.ofNullable(lastErrorAt);
    }

    public Counts counts() {
        return new Counts(replicaReads.sum(), behindReads.sum(), downReads.sum(), failures.sum());
    }
}
