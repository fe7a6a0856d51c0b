package org.ocoj.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupCommit} against the machine's MariaDB: writes queued while the writer is busy are committed as
 * one batch, each caller learns whether its own conditions matched, a row's writes apply in arrival order,
 * and a batch that fails writes nothing. The writer is held busy deterministically by a row lock that the
 * test takes and releases.
 */
@org.junit.jupiter.api.Timeout(120) // before issue 16 a dead writer left callers waiting for ever
class GroupCommitTest {

    private static final String WRITE = "UPDATE counter SET v = ? WHERE id = ? AND v < ?";

    private static final ThrowAwayDatabase DATABASE = new ThrowAwayDatabase("ocoj_groupcommit",
            "?rewriteBatchedStatements=true");
    private static final MysqlDataSource dataSource = DATABASE.dataSource;
    private GroupCommit groupCommit;
    private ExecutorService callers;

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @BeforeEach
    void start() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE counter (id BIGINT PRIMARY KEY, v BIGINT NOT NULL) ENGINE=InnoDB");
            for (int id = 1; id <= 100; id++) {
                s.execute("INSERT INTO counter VALUES (" + id + ", 0)");
            }
        }
        groupCommit = new GroupCommit();
        groupCommit.dataSource = dataSource;
        groupCommit.threads = new PlainThreads();
        callers = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stop() {
        groupCommit.stop();
        callers.shutdownNow();
    }

    @Test
    void writesQueuedWhileTheWriterIsBusyAreCommittedAsOneBatch() throws Exception {
        List<Future<Boolean>> results = new ArrayList<>();
        try (Connection holder = lockRow(1)) {
            results.add(write(1, 7)); // the writer waits for row 1's lock with this one
            awaitTaken(1);
            for (int id = 2; id <= 50; id++) {
                results.add(write(id, id * 10L));
            }
            awaitQueued(49);
            assertEquals(1, groupCommit.batchesTaken(), "only the lone first write has been taken so far");
            holder.commit();
        }
        for (Future<Boolean> result : results) {
            assertTrue(result.get());
        }
        assertEquals(2, groupCommit.batchesTaken(), "49 queued writes, one batch");
        assertEquals(7, value(1));
        for (int id = 2; id <= 50; id++) {
            assertEquals(id * 10L, value(id));
        }
    }

    @Test
    void eachCallerLearnsWhetherItsOwnConditionMatchedAndARowsWritesApplyInOrder() throws Exception {
        Future<Boolean> newer;
        Future<Boolean> newest;
        Future<Boolean> replay;
        Future<Boolean> other;
        try (Connection holder = lockRow(1)) {
            Future<Boolean> first = write(1, 1);
            awaitTaken(1);
            newer = write(2, 5);
            awaitQueued(1);
            newest = write(2, 6);
            awaitQueued(2);
            replay = write(2, 6); // same value again: "v < 6" no longer holds once the previous write applied
            awaitQueued(3);
            other = write(3, 9);
            awaitQueued(4);
            holder.commit();
            assertTrue(first.get());
        }
        assertTrue(newer.get());
        assertTrue(newest.get());
        assertFalse(replay.get());
        assertTrue(other.get());
        assertEquals(6, value(2));
        assertEquals(9, value(3));
        assertEquals(2, groupCommit.batchesTaken());
    }

    @Test
    void aFailingBatchWritesNothingAndEveryCallerOfItIsTold() throws Exception {
        Future<Boolean> good;
        Future<Boolean> bad;
        try (Connection holder = lockRow(1)) {
            write(1, 1);
            awaitTaken(1);
            good = write(4, 40);
            awaitQueued(1);
            bad = callers.submit(() -> groupCommit.update(new GroupCommit.RowWrite(5L,
                    "UPDATE counter SET missing_column = ? WHERE id = ?", List.of(1, 5))));
            awaitQueued(2);
            holder.commit();
        }
        assertFailedWithSqlFailure(good);
        assertFailedWithSqlFailure(bad);
        assertEquals(0, value(4), "the batch was rolled back");
        assertTrue(write(4, 41).get(), "the writer goes on after a failed batch");
        assertEquals(41, value(4));
    }

    @Test
    void manyConcurrentCallersAllGetTheirRowsWritten() throws Exception {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int round = 1; round <= 20; round++) {
            for (int id = 1; id <= 100; id++) {
                results.add(write(id, round));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
            results.clear();
        }
        for (int id = 1; id <= 100; id++) {
            assertEquals(20, value(id));
        }
    }

    @Test
    void anErrorInABatchFailsOnlyThatBatchAndLaterCallersAreStillAnswered() throws Exception {
        Future<Boolean> poisoned = callers.submit(() -> groupCommit.update(new GroupCommit.RowWrite(6L, WRITE,
                new ErrorThrowingValues())));
        assertFailedWithSqlFailure(poisoned);
        for (int id = 1; id <= 10; id++) {
            assertTrue(write(id, 3).get(), "write after the Error");
        }
        assertEquals(1, groupCommit.writersStarted(), "the same writer thread went on");
    }

    @Test
    void aDeadWriterIsReplacedByTheNextCaller() throws Exception {
        assertTrue(write(1, 1).get());
        Thread first = groupCommit.writer();
        first.interrupt(); // outside shutdown an interrupt ends the writer like any other death
        first.join(10_000);
        assertFalse(first.isAlive());
        for (int id = 1; id <= 10; id++) {
            assertTrue(write(id, 2).get(), "write after the writer died");
        }
        assertEquals(2, groupCommit.writersStarted());
        assertEquals(2, value(10));
    }

    @Test
    void aCallerWaitsAtMostTheTimeoutAndAWriteNotYetTakenIsNeverWritten() throws Exception {
        groupCommit.timeoutSeconds(1);
        try (Connection holder = lockRow(1)) {
            Future<Boolean> blocked = write(1, 5); // the writer waits for row 1's lock with this one
            awaitTaken(1);
            Future<Boolean> queuedBehind = write(2, 5);
            ExecutionException taken = assertThrows(ExecutionException.class, blocked::get);
            assertTrue(taken.getCause() instanceof GroupCommit.OutcomeUnknown, String.valueOf(taken.getCause()));
            assertFailedWithSqlFailure(queuedBehind);
            holder.commit();
        }
        groupCommit.timeoutSeconds(10);
        assertTrue(write(3, 1).get());
        assertEquals(5, value(1), "the write the writer had taken was committed after its caller gave up");
        assertEquals(0, value(2), "the write its caller gave up on before it was taken was never written");
    }

    /** Bind values whose reading throws an Error, as an OutOfMemoryError in the middle of a batch would. */
    private static final class ErrorThrowingValues extends java.util.AbstractList<Object> {
        @Override
        public Object get(int index) {
            throw new OutOfMemoryError("simulated by the test");
        }

        @Override
        public int size() {
            return 3;
        }
    }

    private static void assertFailedWithSqlFailure(Future<Boolean> result) {
        ExecutionException e = assertThrows(ExecutionException.class, result::get);
        assertTrue(e.getCause() instanceof SqlFailure, String.valueOf(e.getCause()));
    }

    private Future<Boolean> write(long id, long value) {
        return callers.submit(() -> groupCommit.update(new GroupCommit.RowWrite(id, WRITE, List.of(value, id, value))));
    }

    /** Waits until {@code n} writes wait in the queue behind the one the writer is blocked on. */
    private void awaitQueued(int n) throws InterruptedException {
        for (int i = 0; i < 1000 && groupCommit.queued() != n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, groupCommit.queued());
    }

    /** Waits until the writer has taken {@code n} batches (and so is blocked on the locked row). */
    private void awaitTaken(long n) throws InterruptedException {
        for (int i = 0; i < 1000 && groupCommit.batchesTaken() != n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, groupCommit.batchesTaken());
    }

    private static Connection lockRow(long id) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT v FROM counter WHERE id = " + id + " FOR UPDATE").close();
        }
        return c;
    }

    private static long value(long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT v FROM counter WHERE id = " + id)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The container's managed thread factory, outside the container. */
    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            return new Thread(r);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
