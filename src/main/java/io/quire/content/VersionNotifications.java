package io.quire.content;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells every instance sharing a PostgreSQL database about a new content version at once, rather than
 * at its next poll: an import sends {@code NOTIFY quire_content} in its own transaction (PostgreSQL
 * delivers it when, and only if, the import commits), and every serving instance listens on a
 * connection of its own and refreshes its {@link ContentVersion} when one arrives. The poll ({@code
 * quire.content.poll-interval}) stays as the fallback: while the listening connection is down, and
 * for the clock (scheduled posts). On H2 (one process) there is nothing to tell.
 *
 * <p>The PostgreSQL driver is only in the {@code -Ppg} build, so its {@code PGConnection} is reached
 * by name.
 */
@ApplicationScoped
public class VersionNotifications {

    static final String CHANNEL = "quire_content";

    private static final Logger LOG = Logger.getLogger(VersionNotifications.class);
    private static final int WAIT_MILLIS = 1000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ContentVersion contentVersion;
    private final boolean postgres;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Connection connection;

    public VersionNotifications(
            ContentVersion contentVersion,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.contentVersion = contentVersion;
        this.postgres = dbKind.startsWith("postgres");
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** Sends the notification of {@code version}, within the transaction that stores it. */
    public void announce(EntityManager em, long version) {
        if (postgres) {
            em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)")
                    .setParameter(1, Long.toString(version))
                    .getSingleResult();
        }
    }

    /** Whether this instance is listening right now (false on H2, or while the connection is down). */
    public boolean listening() {
        return connection != null;
    }

    void start(
            @Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean serving) {
        if (!postgres || !serving) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::listen, "quire-version-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long backoff = WAIT_MILLIS;
        boolean warned = false;
        while (running) {
            try (Connection listening = connect()) {
                MethodHandle notifications = notificationsOf(listening);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                connection = listening;
                if (warned) {
                    LOG.info("Listening for content versions again");
                    warned = false;
                }
                backoff = WAIT_MILLIS;
                refresh(); // whatever was announced while not listening
                while (running) {
                    Object[] received = (Object[]) notifications.invoke(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        refresh();
                    }
                }
            } catch (Throwable e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warnf(
                            "Not listening for new content versions (%s); polling every quire.content.poll-interval"
                                    + " meanwhile",
                            e.getMessage());
                    warned = true;
                }
            } finally {
                connection = null;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
        }
    }

    private void refresh() {
        try {
            contentVersion.refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Refreshing the content version failed: %s", e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username.orElse(null), password.orElse(null));
    }

    /** {@code PGConnection.getNotifications(int)} of the driver's connection. */
    private static MethodHandle notificationsOf(Connection connection)
            throws ReflectiveOperationException, SQLException {
        Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
        Object unwrapped = connection.unwrap(pgConnection);
        Class<?> notification = Class.forName("org.postgresql.PGNotification");
        return MethodHandles.publicLookup()
                .findVirtual(
                        pgConnection, "getNotifications", MethodType.methodType(notification.arrayType(), int.class))
                .bindTo(unwrapped)
                .asType(MethodType.methodType(Object[].class, int.class));
    }
}
