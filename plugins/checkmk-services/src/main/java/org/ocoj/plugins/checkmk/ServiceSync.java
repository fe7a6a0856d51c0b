package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ocoj.api.db.Db;

/**
 * Stores the services of one hello (SPEC §6) inside the hello's transaction. Unchanged list: one UPDATE of
 * the computer's row. Changed list: lock that row, compare with the stored services, and write only the
 * differences in batches — a history row only where status, metrics or details changed.
 */
final class ServiceSync {

    /** What a changed list did, for the log and for tests. */
    record Changes(int added, int changed, int backAgain, int dropped) {
        boolean any() {
            return added + changed + backAgain + dropped > 0;
        }
    }

    private record Stored(long id, String reportedStatus, String metrics, String details, boolean reported,
                          boolean stale) {
    }

    private ServiceSync() {
    }

    /** The hot path: true if the list is the one stored last time, whose report time is then refreshed. */
    static boolean touchIfUnchanged(Connection c, long computerId, String hash, LocalDateTime now) throws SQLException {
        return Db.of(c).update("UPDATE checkmk_computer SET last_report_at = ? WHERE computer_id = ? AND services_hash = ?",
                now, computerId, hash) == 1;
    }

    static Changes store(Connection c, long computerId, String hash, List<ServicesReport.Service> services,
                         LocalDateTime now) throws SQLException {
        LocalDateTime previousReport = lockComputer(c, computerId, now);
        Map<String, Stored> stored = load(c, computerId);
        List<ServicesReport.Service> added = new ArrayList<>();
        List<Map.Entry<Long, ServicesReport.Service>> changed = new ArrayList<>();
        List<Long> backAgain = new ArrayList<>();
        for (ServicesReport.Service service : services) {
            Stored row = stored.remove(service.nameHash());
            if (row == null) {
                added.add(service);
            } else if (!service.reportsSameAs(row.reportedStatus(), row.metrics(), row.details())) {
                changed.add(Map.entry(row.id(), service));
            } else if (!row.reported() || row.stale()) {
                backAgain.add(row.id());
            }
        }
        List<Long> dropped = stored.values().stream().filter(Stored::reported).map(Stored::id).toList();

        Map<Long, ServicesReport.Service> history = new HashMap<>();
        changed.forEach(entry -> history.put(entry.getKey(), entry.getValue()));
        history.putAll(insert(c, computerId, added, now));
        update(c, changed, now);
        batch(c, "UPDATE checkmk_service SET reported = TRUE, stale = FALSE, stale_since = NULL, last_seen = ? "
                + "WHERE id = ?", backAgain, id -> new Object[] {now, id});
        batch(c, "UPDATE checkmk_service SET reported = FALSE, last_seen = ? WHERE id = ?", dropped,
                id -> new Object[] {previousReport, id});
        batch(c, "INSERT INTO checkmk_service_history (service_id, recorded_at, status, reported_status, metrics, "
                + "details, note) VALUES (?, ?, ?, ?, ?, ?, ?)", new ArrayList<>(history.entrySet()), entry -> {
                    ServicesReport.Service s = entry.getValue();
                    return new Object[] {entry.getKey(), now, s.evaluation().status().code(), s.reportedStatus(),
                            s.metrics(), s.details(), s.evaluation().note()};
                });
        Db.of(c).update("UPDATE checkmk_computer SET services_hash = ?, last_report_at = ?, live = TRUE "
                + "WHERE computer_id = ?", hash, now, computerId);
        return new Changes(added.size(), changed.size(), backAgain.size(), dropped.size());
    }

    /**
     * Locks the computer's row (creating it on the first report) so that the staleness job and a second hello
     * wait for this one; returns the time of the previous report.
     */
    private static LocalDateTime lockComputer(Connection c, long computerId, LocalDateTime now) throws SQLException {
        Db db = Db.of(c);
        java.util.Optional<LocalDateTime> previous = db.one("SELECT last_report_at FROM checkmk_computer "
                + "WHERE computer_id = ? FOR UPDATE", r -> r.getObject(1, LocalDateTime.class), computerId);
        if (previous.isPresent()) {
            return previous.get();
        }
        db.update("INSERT INTO checkmk_computer (computer_id, services_hash, last_report_at, live) "
                + "VALUES (?, NULL, ?, TRUE)", computerId, now);
        return now;
    }

    private static Map<String, Stored> load(Connection c, long computerId) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        Db.of(c).list("SELECT id, name_hash, reported_status, metrics, details, reported, stale FROM checkmk_service "
                + "WHERE computer_id = ?", r -> stored.put(r.getString(2), new Stored(r.getLong(1), r.getString(3),
                        r.getString(4), r.getString(5), r.getBoolean(6), r.getBoolean(7))), computerId);
        return stored;
    }

    /** Inserts new services; returns their ids (read back in one query: batch keys are not portable). */
    private static Map<Long, ServicesReport.Service> insert(Connection c, long computerId,
                                                            List<ServicesReport.Service> added, LocalDateTime now)
            throws SQLException {
        if (added.isEmpty()) {
            return Map.of();
        }
        batch(c, "INSERT INTO checkmk_service (computer_id, name, name_hash, status, reported_status, metrics, details, "
                + "note, first_seen, changed_at, last_seen, reported, stale) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, FALSE)", added, s -> new Object[] {computerId, s.name(),
                s.nameHash(), s.evaluation().status().code(), s.reportedStatus(), s.metrics(), s.details(),
                s.evaluation().note(), now, now, now});
        Map<String, ServicesReport.Service> byHash = new HashMap<>();
        added.forEach(s -> byHash.put(s.nameHash(), s));
        Map<Long, ServicesReport.Service> ids = new HashMap<>();
        Db.of(c).list("SELECT id, name_hash FROM checkmk_service WHERE computer_id = ?", r -> {
            ServicesReport.Service service = byHash.get(r.getString(2));
            return service == null ? null : ids.put(r.getLong(1), service);
        }, computerId);
        return ids;
    }

    private static void update(Connection c, List<Map.Entry<Long, ServicesReport.Service>> changed, LocalDateTime now)
            throws SQLException {
        batch(c, "UPDATE checkmk_service SET status = ?, reported_status = ?, metrics = ?, details = ?, note = ?, "
                + "changed_at = ?, last_seen = ?, reported = TRUE, stale = FALSE, stale_since = NULL WHERE id = ?",
                changed, entry -> {
                    ServicesReport.Service s = entry.getValue();
                    return new Object[] {s.evaluation().status().code(), s.reportedStatus(), s.metrics(), s.details(),
                            s.evaluation().note(), now, now, entry.getKey()};
                });
    }

    private static <T> void batch(Connection c, String sql, List<T> items, Function<T, Object[]> params)
            throws SQLException {
        Db.of(c).batch(sql, items.stream().map(params).toList());
    }
}
