package org.ocoj.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ocoj.platform.config.ServerConfig;

/**
 * Group commit for single-row conditional updates on the hot path (the hello heartbeat): callers that write
 * at the same moment share one transaction, one round trip per statement shape and one commit, and each
 * still waits for its own row to be committed and learns whether its conditions matched. So nothing is
 * written behind — a caller's answer never runs ahead of the database, the replay check stays in the
 * database and holds across nodes — yet under load the database commits once per batch instead of once
 * per request. Batches form by themselves: whatever queued up while the previous batch ran is the next batch;
 * a lone caller is written at once.
 *
 * <p>It cannot wedge the request threads (issue 16): a caller waits at most
 * {@code oco.db.group-commit-timeout-seconds}; a batch that throws anything, even an {@link Error}, fails
 * only its own callers; and a writer thread that died anyway (or was interrupted) is replaced by the next
 * caller. The queue is lock-free: enqueueing takes no lock and wakes the writer with {@link LockSupport}.
 */
@ApplicationScoped
public class GroupCommit {

    /** One conditional UPDATE of one row, identified by {@code rowKey}. */
    public record RowWrite(Object rowKey, String sql, List<Object> values) {
    }

    /**
     * The writer took the write but did not confirm it in time: whether it was committed is unknown, so the
     * caller must not answer as if it was, nor as if it was not (answer "try again").
     */
    public static class OutcomeUnknown extends RuntimeException {
        OutcomeUnknown(long seconds) {
            super("The database did not confirm the write within " + seconds + " s; try again");
        }
    }

    static final int MAX_BATCH = 256;
    static final String TIMEOUT_PROPERTY = "oco.db.group-commit-timeout-seconds";
    static final long DEFAULT_TIMEOUT_SECONDS = 10;
    /** How long an idle writer sleeps before it looks at {@link #stopped} again. */
    private static final long IDLE_PARK_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    ServerConfig config;

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private volatile Thread writer;
    private volatile boolean stopped;
    private volatile long timeoutSeconds;
    private final AtomicLong batchesTaken = new AtomicLong();
    private volatile IntConsumer batchSizes = size -> { };
    private final AtomicLong writersStarted = new AtomicLong();

    /** A caller's write; the writer and a caller that gives up race for it through {@link #state}. */
    private static final class Pending {
        static final int QUEUED = 0;
        static final int TAKEN = 1;
        static final int ABANDONED = 2;

        final RowWrite write;
        final CompletableFuture<Boolean> matched = new CompletableFuture<>();
        final AtomicInteger state = new AtomicInteger(QUEUED);

        Pending(RowWrite write) {
            this.write = write;
        }
    }

    /**
     * Writes {@code write} in the next batch and waits until it is committed, at most the configured timeout.
     *
     * @return whether the statement matched exactly one row
     * @throws SqlFailure     if nothing of it was written: the batch failed, or the wait ended before the
     *                        writer took it (then it never will)
     * @throws OutcomeUnknown if the writer took it but did not finish in time
     */
    public boolean update(RowWrite write) {
        Pending pending = new Pending(write);
        queue.add(pending);
        wakeWriter();
        long seconds = timeoutSeconds();
        try {
            return pending.matched.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if (pending.state.compareAndSet(Pending.QUEUED, Pending.ABANDONED)) {
                throw new SqlFailure("waiting for the group commit", new SQLTimeoutException(
                        "no writer took the write within " + seconds + " s"));
            }
            throw new OutcomeUnknown(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (pending.state.compareAndSet(Pending.QUEUED, Pending.ABANDONED)) {
                throw new SqlFailure("waiting for the group commit", new SQLException("interrupted"));
            }
            throw new OutcomeUnknown(0);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SqlFailure failure ? failure
                    : new SqlFailure("group commit", new SQLException(e.getCause()));
        }
    }

    /** Starts a writer if there is none or the last one died: {@link Thread#isAlive} is the only cost per call. */
    private void wakeWriter() {
        Thread current = writer;
        if (current == null || !current.isAlive()) {
            current = startWriter();
        }
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    private synchronized Thread startWriter() {
        Thread current = writer;
        if ((current == null || !current.isAlive()) && !stopped) {
            if (current != null) {
                LOG.warning("The group-commit writer thread had died; starting a new one");
            }
            current = threads.newThread(this::writeBatches);
            current.setName("oco-group-commit");
            current.setDaemon(true);
            writer = current;
            writersStarted.incrementAndGet();
            current.start();
        }
        return current;
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        while (!stopped) {
            if (Thread.interrupted()) { // not stopping, yet interrupted: end like a dead thread, the next caller replaces it
                LOG.warning("The group-commit writer thread was interrupted; the next write starts a new one");
                return;
            }
            takeBatch(batch);
            if (batch.isEmpty()) {
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                continue;
            }
            batchesTaken.incrementAndGet();
            batchSizes.accept(batch.size());
            try {
                write(batch);
            } catch (Throwable e) { // even an Error fails only this batch: the callers behind it keep being served
                LOG.log(Level.SEVERE, "A group commit of " + batch.size() + " writes failed", e);
                failAll(batch, new SqlFailure("writing " + batch.size() + " heartbeats",
                        new SQLException(String.valueOf(e))));
            }
            batch.clear();
        }
        List<Pending> rest = new ArrayList<>();
        takeBatch(rest);
        while (!rest.isEmpty()) {
            failAll(rest, new SqlFailure("group commit", new SQLException("the server is stopping")));
            rest.clear();
            takeBatch(rest);
        }
    }

    /** Moves up to {@link #MAX_BATCH} writes that their callers still wait for from the queue to {@code batch}. */
    private void takeBatch(List<Pending> batch) {
        for (Pending p; batch.size() < MAX_BATCH && (p = queue.poll()) != null; ) {
            if (p.state.compareAndSet(Pending.QUEUED, Pending.TAKEN)) {
                batch.add(p);
            }
        }
    }

    private void write(List<Pending> batch) {
        try (Connection c = dataSource.getConnection()) {
            if (batch.size() == 1) { // a lone write needs no transaction around it: one statement
                complete(batch, execute(c, batch));
                return;
            }
            c.setAutoCommit(false);
            try {
                List<Boolean> matched = execute(c, batch);
                c.commit();
                complete(batch, matched);
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "A group commit of " + batch.size() + " writes failed", e);
            failAll(batch, new SqlFailure("writing " + batch.size() + " heartbeats", e instanceof SQLException s
                    ? s : new SQLException(e)));
        }
    }

    private static void complete(List<Pending> batch, List<Boolean> matched) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).matched.complete(matched.get(i));
        }
    }

    /**
     * Runs the batch in rounds in which every row appears once (a row's later writes go to a later round, so
     * they apply in arrival order), each round as one JDBC batch per statement shape.
     */
    private static List<Boolean> execute(Connection c, List<Pending> batch) throws SQLException {
        Boolean[] matched = new Boolean[batch.size()];
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            left.add(i);
        }
        while (!left.isEmpty()) {
            Set<Object> rows = new HashSet<>();
            List<Integer> later = new ArrayList<>();
            Map<String, List<Integer>> byShape = new LinkedHashMap<>();
            for (int i : left) {
                RowWrite write = batch.get(i).write;
                if (rows.add(write.rowKey())) {
                    byShape.computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(i);
                } else {
                    later.add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> shape : byShape.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(shape.getKey())) {
                    for (int i : shape.getValue()) {
                        List<Object> values = batch.get(i).write.values();
                        for (int v = 0; v < values.size(); v++) {
                            s.setObject(v + 1, values.get(v));
                        }
                        s.addBatch();
                    }
                    int[] counts = s.executeBatch();
                    for (int k = 0; k < counts.length; k++) {
                        matched[shape.getValue().get(k)] = counts[k] == 1;
                    }
                }
            }
            left = later;
        }
        return List.of(matched);
    }

    private static void failAll(List<Pending> batch, SqlFailure failure) {
        batch.forEach(p -> p.matched.completeExceptionally(failure));
    }

    private long timeoutSeconds() {
        long seconds = timeoutSeconds; // asked per write; the configuration does not change while running
        if (seconds == 0) {
            seconds = config == null ? DEFAULT_TIMEOUT_SECONDS : config.raw()
                    .getOptionalValue(TIMEOUT_PROPERTY, Long.class).filter(s -> s > 0).orElse(DEFAULT_TIMEOUT_SECONDS);
            timeoutSeconds = seconds;
        }
        return seconds;
    }

    /** For tests: how long callers wait. */
    void timeoutSeconds(long seconds) {
        timeoutSeconds = seconds;
    }

    /** For tests: writes waiting for the writer. */
    int queued() {
        return queue.size();
    }

    /** For tests: batches the writer has taken from the queue so far. */
    /** Tells {@code observer} the size of every batch, on the writer thread (a metric: it must be quick). */
    public void observeBatchSizes(IntConsumer observer) {
        batchSizes = observer;
    }

    long batchesTaken() {
        return batchesTaken.get();
    }

    /** For tests: writer threads started so far (more than one: a dead writer was replaced). */
    long writersStarted() {
        return writersStarted.get();
    }

    /** For tests: the current writer thread, or null before the first write. */
    Thread writer() {
        return writer;
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        Thread current = writer;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }
}
