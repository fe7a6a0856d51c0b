package org.ocoj.platform.db;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the database itself — down, frozen, unreachable, out of connections — from a failure of
 * the request. Such a request is answered 503 ("try again later") instead of 500, in the one place each API
 * maps its errors, and logged without a stack trace each time ({@code logging.FailureLog}).
 */
public final class DatabaseUnavailable {

    /** What the caller is told: no internals, and what to do. */
    public static final String MESSAGE = "The database is unavailable at the moment; try again in a few seconds";
    /** Seconds a client should wait before trying again (the health check notices a recovery within about 2 s). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Payara's pool: no connection could be made, or none was free in time. Not on the compile class path. */
    private static final Set<String> POOL_FAILURES = Set.of("jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    /**
     * Connector/J closes a connection whose answer timed out, with its statements; the request's next statement
     * then fails with "No operations allowed after statement closed" (SQLSTATE S1009, not class 08).
     */
    private static final Set<String> CLOSED_UNDER_US = Set.of("com.mysql.cj.exceptions.StatementIsClosedException",
            "com.mysql.cj.exceptions.ConnectionIsClosedException");

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable failure) {
        return Causes.of(failure).anyMatch(DatabaseUnavailable::isUnavailability);
    }

    private static boolean isUnavailability(Throwable t) {
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            return (state != null && state.startsWith("08")) // SQLSTATE class 08: connection exception
                    || sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                    || sql instanceof SQLRecoverableException || sql instanceof SQLTimeoutException;
        }
        return t instanceof SocketTimeoutException || t instanceof ConnectException
                || POOL_FAILURES.contains(t.getClass().getName()) || CLOSED_UNDER_US.contains(t.getClass().getName());
    }
}
