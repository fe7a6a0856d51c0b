package org.ocoj.platform.db;

import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim. InnoDB can deadlock two
 * transactions that touch the same index ranges (e.g. thousands of agents adding the same new packages to
 * their software lists); the victim was rolled back completely, so trying again is safe.
 */
public final class Deadlocks {

    private static final Logger LOG = Logger.getLogger(Deadlocks.class.getName());
    static final int ATTEMPTS = 4;

    private Deadlocks() {
    }

    /** @param transaction must start (and end) its own transaction on each call */
    public static <T> T retry(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> what + ": deadlock victim, running it again (attempt " + (tried + 1) + ")");
                pause(attempt);
            }
        }
    }

    /** SQLSTATE 40001 (serialization failure) or MySQL/MariaDB's 1213 (deadlock) / 1205 (lock wait timeout). */
    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                SQLException sql = (SQLException) t;
                if ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short, growing, jittered pause so the two victims do not collide again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 20 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
