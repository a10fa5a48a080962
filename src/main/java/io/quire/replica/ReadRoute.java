package io.quire.replica;

import java.util.concurrent.Callable;

/**
 * Which database the transaction that the current thread begins next reads from. Hibernate asks {@link
 * ReplicaTenantResolver} when it opens the transaction's session; the read side sets the route around
 * a whole transaction ({@link ReplicaReadInterceptor}), so a transaction never mixes the two.
 */
public final class ReadRoute {

    /** The tenant (Hibernate's name for a connection source) of the primary database. */
    public static final String PRIMARY = "primary";

    /** The tenant of the read replica: the datasource named {@code replica}. */
    public static final String REPLICA = "replica";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ReadRoute() {}

    /** The tenant of a session opened now: the primary unless a replica read is running. */
    public static String current() {
        String route = CURRENT.get();
        return route == null ? PRIMARY : route;
    }

    static boolean decided() {
        return CURRENT.get() != null;
    }

    static <T> T on(String route, Callable<T> read) throws Exception {
        CURRENT.set(route);
        try {
            return read.call();
        } finally {
            CURRENT.remove();
        }
    }
}
