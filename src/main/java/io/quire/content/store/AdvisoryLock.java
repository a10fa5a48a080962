package io.quire.content.store;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostgreSQL advisory locks Quire takes, with their keys in one place so that no two uses share
 * one. Other applications sharing the database must not use these keys. On H2 (one process) no
 * advisory lock is taken.
 */
public enum AdvisoryLock {
    /** One import writes at a time across instances ({@link ImportLock}): "Quire" in ASCII. */
    IMPORT(0x5175697265L),
    /** One instance emits content events at a time ({@code webhook.ContentEvents}): "QuireW" in ASCII. */
    EVENTS(0x517569726557L);

    private final long key;

    AdvisoryLock(long key) {
        this.key = key;
    }

    public long key() {
        return key;
    }

    /**
     * Takes the lock for the session of {@code connection} if no other session holds it; it is held
     * until {@link #release} or until the connection closes (PostgreSQL releases it with the session).
     */
    public boolean tryForSession(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Releases a lock taken with {@link #tryForSession} on the same connection. */
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    /**
     * Takes the lock for the transaction {@code em} runs in, if no other transaction holds it;
     * PostgreSQL releases it when the transaction ends.
     */
    public boolean tryForTransaction(EntityManager em) {
        Object taken = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
        return Boolean.TRUE.equals(taken);
    }
}
