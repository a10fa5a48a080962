package io.quire.replica;

import io.quire.content.ContentVersion;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import org.hibernate.HibernateException;

/**
 * Sends a {@link ReplicaRead} to the read replica when that cannot change the answer: the replica has
 * replayed the content version this instance serves (waiting up to {@code quire.replica.catch-up-wait}
 * for it), so the read sees that version or a newer one, exactly as it would on the primary, and a
 * response is never cached or tagged under a version newer than its data. Otherwise, and when the
 * replica fails during the read (unreachable, or a query cancelled by the standby's replay), the read
 * runs on the primary. Runs outside {@code @Transactional} (a lower priority), so the route is set
 * before the read's transaction opens its session, and a read that failed on the replica is retried
 * in a transaction of its own.
 */
@ReplicaRead
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReplicaReadInterceptor {

    private final ReadReplica replica;
    private final ContentVersion contentVersion;
    private final TransactionManager transactions;

    public ReplicaReadInterceptor(ReadReplica replica, ContentVersion contentVersion, TransactionManager transactions) {
        this.replica = replica;
        this.contentVersion = contentVersion;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object route(InvocationContext call) throws Exception {
        if (!replica.configured() || ReadRoute.decided() || inTransaction()) {
            return call.proceed(); // within a read already routed, or a transaction begun elsewhere
        }
        if (!replica.readyFor(contentVersion.storedVersion())) {
            return ReadRoute.on(ReadRoute.PRIMARY, call::proceed);
        }
        Object result;
        try {
            result = ReadRoute.on(ReadRoute.REPLICA, call::proceed);
        } catch (Exception e) {
            if (!fromDatabase(e)) {
                throw e;
            }
            replica.failed(e);
            return ReadRoute.on(ReadRoute.PRIMARY, call::proceed);
        }
        replica.servedRead();
        return result;
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** A failure of the database (not of the request: those are answered as they are on the primary). */
    private static boolean fromDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException
                    || cause instanceof HibernateException
                    || cause instanceof jakarta.persistence.PersistenceException
                    || cause instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }
}
