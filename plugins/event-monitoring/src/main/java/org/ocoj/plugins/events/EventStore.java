package org.ocoj.plugins.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerDirectory;

/** The SQL for stored events (table event_entry). */
final class EventStore {

    static final int PURGE_CHUNK = 5_000;

    private final DataSource dataSource;
    private final ComputerDirectory computers;

    EventStore(DataSource dataSource, ComputerDirectory computers) {
        this.dataSource = dataSource;
        this.computers = computers;
    }

    /** Stores the events of one request in one JDBC batch; events already stored (same hash) are skipped. */
    void insert(long computerId, List<IncomingEvent> events, LocalDateTime received) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT IGNORE INTO event_entry (computer_id, log_name, provider, event_id, level_no, event_time, "
                        + "data_json, event_hash, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (IncomingEvent event : events) {
                s.setLong(1, computerId);
                s.setString(2, event.log());
                s.setString(3, event.provider());
                s.setLong(4, event.eventId());
                s.setInt(5, event.level());
                s.setObject(6, event.timestamp());
                s.setString(7, event.dataJson());
                s.setString(8, event.hash());
                s.setObject(9, received);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw RuleStore.failure("storing " + events.size() + " events of computer " + computerId, e);
        }
    }

    /** One page of events matching the query, newest first, and the total number of matches. */
    Map<String, Object> list(EventFilter query) {
        String where = query.whereClause();
        Map<String, Object> page = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM event_entry" + where)) {
                query.bind(s);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    page.put("total", r.getLong(1));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT id, computer_id, log_name, provider, event_id, "
                    + "level_no, event_time, data_json FROM event_entry" + where
                    + " ORDER BY event_time DESC, id DESC LIMIT ? OFFSET ?")) {
                int next = query.bind(s);
                s.setInt(next, query.limit());
                s.setLong(next + 1, query.offset());
                List<Map<String, Object>> events = rows(s);
                addHostnames(events);
                page.put("events", events);
            }
            return page;
        } catch (SQLException e) {
            throw RuleStore.failure("listing events", e);
        }
    }

    /** Adds {@code computer_hostname} to each event: one directory call for the page's computers. */
    private void addHostnames(List<Map<String, Object>> events) {
        List<Long> ids = events.stream().map(e -> (Long) e.get("computer_id")).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String> hostnames = computers.hostnames(ids);
        events.forEach(e -> e.put("computer_hostname", hostnames.get((Long) e.get("computer_id"))));
    }

    private static List<Map<String, Object>> rows(PreparedStatement s) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", r.getLong(1));
                row.put("computer_id", r.getLong(2));
                row.put("log", r.getString(3));
                row.put("provider", r.getString(4));
                row.put("event_id", r.getLong(5));
                row.put("level", r.getInt(6));
                row.put("timestamp", r.getObject(7, LocalDateTime.class).format(EventBatch.TIMESTAMP));
                row.put("data", JsonText.parseObject(r.getString(8)));
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Deletes events older than {@code before} in chunks, so a large backlog never becomes one huge
     * transaction (the caller runs outside any transaction: each chunk commits by itself).
     *
     * @return how many events were deleted
     */
    long purgeBefore(LocalDateTime before) {
        long deleted = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM event_entry WHERE event_time < ? LIMIT " + PURGE_CHUNK)) {
            s.setObject(1, before);
            int chunk;
            do {
                chunk = s.executeUpdate();
                deleted += chunk;
            } while (chunk == PURGE_CHUNK);
            return deleted;
        } catch (SQLException e) {
            throw RuleStore.failure("purging events before " + before, e);
        }
    }
}
