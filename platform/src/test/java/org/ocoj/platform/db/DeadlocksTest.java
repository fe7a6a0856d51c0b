package org.ocoj.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlocksTest {

    private static RuntimeException deadlock() {
        return new SqlFailure("writing", new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    @Test
    void recognisesDeadlocksAnywhereInTheCauseChain() {
        assertTrue(Deadlocks.isDeadlock(new IllegalStateException(deadlock())));
        assertTrue(Deadlocks.isDeadlock(new SqlFailure("x", new SQLException("Lock wait timeout", "HY000", 1205))));
        assertFalse(Deadlocks.isDeadlock(new SqlFailure("x", new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(Deadlocks.isDeadlock(new IllegalArgumentException("nothing to do with SQL")));
    }

    /** The message H2 2.2.224 gave in the benchmark when it handed out an id twice. */
    private static SQLException h2PrimaryKeyViolation(String key) {
        return new SQLException("Unique index or primary key violation: \"PRIMARY KEY ON " + key
                + " ( /* key:3948 */ CAST(3948 AS BIGINT), CAST('storm-449' AS VARCHAR_IGNORECASE(9)), NULL)\"; "
                + "SQL statement: INSERT INTO computer (hostname) VALUES (?)", "23505", 23505);
    }

    @Test
    void alsoRetriesH2sDuplicateGeneratedIdsButNoOtherKeyViolation() {
        assertTrue(Deadlocks.isTransient(new SqlFailure("x", h2PrimaryKeyViolation("public.computer(id)"))));
        assertTrue(Deadlocks.isTransient(new SqlFailure("x", h2PrimaryKeyViolation("public.computer_change(id)"))));
        assertFalse(Deadlocks.isTransient(new SqlFailure("x",
                h2PrimaryKeyViolation("public.computer_software(computer_id, software_id)"))));
        assertFalse(Deadlocks.isTransient(new SqlFailure("x", new SQLException(
                "Unique index or primary key violation: \"public.ux_computer_hostname ON public.computer(hostname)\"",
                "23505", 23505))));
        assertFalse(Deadlocks.isTransient(new SqlFailure("x", new SQLException("Duplicate entry '1' for key 'PRIMARY'",
                "23000", 1062))));

        AtomicInteger calls = new AtomicInteger();
        assertEquals("stored", Deadlocks.retry("test", () -> {
            if (calls.incrementAndGet() == 1) {
                throw new SqlFailure("creating computer", h2PrimaryKeyViolation("public.computer(id)"));
            }
            return "stored";
        }));
        assertEquals(2, calls.get());
    }

    @Test
    void runsTheTransactionAgainUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();

        String result = Deadlocks.retry("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });

        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterAFewAttemptsAndNeverRetriesOtherFailures() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(SqlFailure.class, () -> Deadlocks.retry("test", () -> {
            calls.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(Deadlocks.ATTEMPTS, calls.get());

        AtomicInteger once = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> Deadlocks.retry("test", () -> {
            once.incrementAndGet();
            throw new IllegalArgumentException("bad input");
        }));
        assertEquals(1, once.get());
    }
}
