package org.ocoj.plugins.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The SQL for rules and their per-computer "since" values (tables event_rule, event_since). */
final class RuleStore {

    private final DataSource dataSource;

    RuleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<EventRule> all() {
        List<EventRule> rules = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, log_name, query_text FROM event_rule ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rules.add(EventRule.stored(r.getLong(1), r.getString(2), r.getString(3)));
            }
            return rules;
        } catch (SQLException e) {
            throw failure("reading the event rules", e);
        }
    }

    Optional<EventRule> find(long id) {
        return all().stream().filter(rule -> rule.id() == id).findFirst();
    }

    long insert(String log, String query, LocalDateTime now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_rule (log_name, query_text, created, updated) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, log);
            s.setString(2, query);
            s.setObject(3, now);
            s.setObject(4, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("storing an event rule", e);
        }
    }

    /** Changes a rule; a changed rule starts over from epoch on every computer (its old "since" may not fit). */
    void update(EventRule rule, LocalDateTime now) {
        execute("changing event rule " + rule.id(),
                "UPDATE event_rule SET log_name = ?, query_text = ?, updated = ? WHERE id = ?",
                rule.log(), rule.query(), now, rule.id());
        execute("resetting event rule " + rule.id(), "DELETE FROM event_since WHERE rule_id = ?", rule.id());
    }

    /** @return whether the rule existed; its "since" rows go with it (foreign key) */
    boolean delete(long id) {
        return execute("removing event rule " + id, "DELETE FROM event_rule WHERE id = ?", id) == 1;
    }

    /** One indexed read: the "since" of every rule that has one for this computer. */
    Map<Long, LocalDateTime> sinceOf(long computerId) {
        Map<Long, LocalDateTime> since = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT rule_id, since FROM event_since WHERE computer_id = ?")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    since.put(r.getLong(1), r.getObject(2, LocalDateTime.class));
                }
            }
            return since;
        } catch (SQLException e) {
            throw failure("reading the event rule times of computer " + computerId, e);
        }
    }

    /** Moves each rule's "since" forward to the given time (never backwards), in one batch. */
    void advanceSince(long computerId, Map<Long, LocalDateTime> newest) {
        if (newest.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_since (computer_id, rule_id, since) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE since = GREATEST(since, VALUES(since))")) {
            for (Map.Entry<Long, LocalDateTime> entry : newest.entrySet()) {
                s.setLong(1, computerId);
                s.setLong(2, entry.getKey());
                s.setObject(3, entry.getValue());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw failure("storing the event rule times of computer " + computerId, e);
        }
    }

    private int execute(String what, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Database failure " + what + ": " + e.getMessage(), e);
    }
}
