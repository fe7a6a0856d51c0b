package org.ocoj.platform.db;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Group commit for single-row conditional updates on the hot path (the hello heartbeat): callers that write
 * at the same moment share one transaction, one round trip per statement shape and one commit, and each
 * still waits for its own row to be committed and learns whether its conditions matched. So nothing is
 * written behind — a caller's answer never runs ahead of the database, the replay check stays in the
 * database and holds across nodes — yet under load the database commits once per batch instead of once
 * per request. Batches form by themselves: whatever queued up while the previous batch ran is the next batch;
 * a lone caller is written at once.
 */
@ApplicationScoped
public class GroupCommit {

    /** One conditional UPDATE of one row, identified by {@code rowKey}. */
    public record RowWrite(Object rowKey, String sql, List<Object> values) {
    }

    static final int MAX_BATCH = 256;
    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopped;
    private final AtomicLong batchesTaken = new AtomicLong();

    private record Pending(RowWrite write, CompletableFuture<Boolean> matched) {
    }

    /**
     * Writes {@code write} in the next batch and waits until it is committed.
     *
     * @return whether the statement matched exactly one row
     * @throws SqlFailure if the batch could not be committed (then nothing of it was written)
     */
    public boolean update(RowWrite write) {
        if (writer == null) { // started on first use; no lock on the hot path once it runs
            startWriter();
        }
        Pending pending = new Pending(write, new CompletableFuture<>());
        queue.add(pending);
        try {
            return pending.matched().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof SqlFailure failure ? failure
                    : new SqlFailure("group commit", new SQLException(e.getCause()));
        }
    }

    private synchronized void startWriter() {
        if (writer == null && !stopped) {
            Thread thread = threads.newThread(this::writeBatches);
            thread.setName("oco-group-commit");
            thread.setDaemon(true);
            thread.start();
            writer = thread;
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>();
        while (!stopped) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            batchesTaken.incrementAndGet();
            write(batch);
            batch.clear();
        }
        failAll(queue, new SqlFailure("group commit", new SQLException("the server is stopping")));
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
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "A group commit of " + batch.size() + " writes failed", e);
            SqlFailure failure = new SqlFailure("writing " + batch.size() + " heartbeats", e instanceof SQLException s
                    ? s : new SQLException(e));
            batch.forEach(p -> p.matched().completeExceptionally(failure));
        }
    }

    private static void complete(List<Pending> batch, List<Boolean> matched) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).matched().complete(matched.get(i));
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
                RowWrite write = batch.get(i).write();
                if (rows.add(write.rowKey())) {
                    byShape.computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(i);
                } else {
                    later.add(i);
                }
            }
            for (Map.Entry<String, List<Integer>> shape : byShape.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(shape.getKey())) {
                    for (int i : shape.getValue()) {
                        List<Object> values = batch.get(i).write().values();
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

    private static void failAll(BlockingQueue<Pending> queue, SqlFailure failure) {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.forEach(p -> p.matched().completeExceptionally(failure));
    }

    /** For tests: writes waiting for the writer. */
    int queued() {
        return queue.size();
    }

    /** For tests: batches the writer has taken from the queue so far. */
    long batchesTaken() {
        return batchesTaken.get();
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (writer != null) {
            writer.interrupt();
        }
    }
}
