package org.ocoj.platform.db;

import java.sql.SQLException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim. InnoDB can deadlock two
 * transactions that touch the same index ranges (e.g. thousands of agents adding the same new packages to
 * their software lists); the victim was rolled back completely, so trying again is safe.
 * <p>
 * The same holds for a defect of the embedded H2 2.2 (h2database issues #3944/#3950): under concurrent inserts
 * it can hand the same generated {@code id} to two rows, and the second insert fails with a primary-key
 * violation on {@code (id)} — a key the database chose, not the request, so the request itself is fine and
 * its rolled-back transaction can run again. Violations of any other key are the request's own and are not
 * retried.
 */
public final class Deadlocks {

    private static final Logger LOG = Logger.getLogger(Deadlocks.class.getName());
    static final int ATTEMPTS = 4;
    private static final Pattern GENERATED_ID_KEY = Pattern.compile("PRIMARY KEY ON [\\w.]+\\(id\\)");

    private Deadlocks() {
    }

    /** @param transaction must start (and end) its own transaction on each call */
    public static <T> T retry(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> what + ": " + (isDeadlock(e) ? "deadlock victim" : "duplicate generated id (H2)")
                        + ", running it again (attempt " + (tried + 1) + ")");
                pause(attempt);
            }
        }
    }

    /** A failure of the database, not of the request: running the transaction again can succeed. */
    static boolean isTransient(Throwable failure) {
        return isDeadlock(failure) || isDuplicateGeneratedId(failure);
    }

    /** H2's DUPLICATE_KEY_1 (23505) on a table's generated primary key {@code id}. */
    static boolean isDuplicateGeneratedId(Throwable failure) {
        return anySqlCause(failure, sql -> sql.getErrorCode() == 23505 && sql.getMessage() != null
                && GENERATED_ID_KEY.matcher(sql.getMessage()).find());
    }

    /** SQLSTATE 40001 (serialization failure) or MySQL/MariaDB's 1213 (deadlock) / 1205 (lock wait timeout). */
    static boolean isDeadlock(Throwable failure) {
        return anySqlCause(failure, sql -> "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                || sql.getErrorCode() == 1205);
    }

    private static boolean anySqlCause(Throwable failure, Predicate<SQLException> test) {
        return Causes.of(failure).anyMatch(t -> t instanceof SQLException sql && test.test(sql));
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
