package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.db.Db;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerScope;

/** The admin-side reads of services, in the shapes the client API returns (docs/service-checks.md). */
final class ServiceQueries {

    /** Filters of {@code oco.service.list}; empty = any; always within the caller's computer scope. */
    record Filter(Optional<Long> computerId, Optional<Status> status, Optional<Boolean> stale, ComputerScope scope) {
    }

    /** Hostnames come from the platform's directory ({@link #withHostnames}), never from its tables. */
    private static final String SERVICE_COLUMNS = "SELECT s.id, s.computer_id, "
            + "s.name, s.status, s.reported_status, s.note, s.metrics, s.details, s.first_seen, "
            + "s.changed_at AS changed, CASE WHEN s.reported THEN cc.last_report_at ELSE s.last_seen END AS last_seen, "
            + "s.reported, s.stale, s.stale_since FROM checkmk_service s "
            + "LEFT JOIN checkmk_computer cc ON cc.computer_id = s.computer_id";

    private ServiceQueries() {
    }

    /** Ordered by computer (id) and service name: the hostnames are not in the plugin's tables. */
    static List<Map<String, Object>> list(Connection c, ComputerDirectory computers, Filter filter, int limit,
                                          int offset) throws SQLException {
        Where where = where(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return withHostnames(computers, shaped(Db.of(c).rows(SERVICE_COLUMNS + where.sql()
                + " ORDER BY s.computer_id, s.name LIMIT ? OFFSET ?", params.toArray())));
    }

    static long count(Connection c, Filter filter) throws SQLException {
        Where where = where(filter);
        return Db.of(c).count("SELECT COUNT(*) FROM checkmk_service s" + where.sql(), where.params().toArray());
    }

    /** Services per status (those not stale) plus the stale ones, of one computer or of all. */
    static Map<String, Object> summary(Connection c, Optional<Long> computerId, ComputerScope scope)
            throws SQLException {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status.name().toLowerCase(java.util.Locale.ROOT), 0L);
        }
        counts.put("stale", 0L);
        long total = 0;
        Where where = where(new Filter(computerId, Optional.empty(), Optional.empty(), scope));
        for (Map<String, Object> row : Db.of(c).rows("SELECT s.status, s.stale, COUNT(*) AS n FROM checkmk_service s"
                + where.sql() + " GROUP BY s.status, s.stale", where.params().toArray())) {
            long n = ((Number) row.get("n")).longValue();
            String key = truthy(row.get("stale")) ? "stale"
                    : Status.of(((Number) row.get("status")).intValue()).name().toLowerCase(java.util.Locale.ROOT);
            counts.merge(key, n, (a, b) -> (Long) a + (Long) b);
            total += n;
        }
        counts.put("total", total);
        return counts;
    }

    static Optional<Map<String, Object>> service(Connection c, ComputerDirectory computers, long id) throws SQLException {
        return withHostnames(computers, shaped(Db.of(c).rows(SERVICE_COLUMNS + " WHERE s.id = ?", id))).stream()
                .findFirst();
    }

    static Optional<Long> serviceId(Connection c, long computerId, String name) throws SQLException {
        List<Map<String, Object>> rows = Db.of(c).rows("SELECT id FROM checkmk_service WHERE computer_id = ? "
                + "AND name_hash = ?", computerId, ServicesReport.hash(name));
        return rows.stream().findFirst().map(row -> ((Number) row.get("id")).longValue());
    }

    /** A service's changes, newest first. */
    static List<Map<String, Object>> history(Connection c, long serviceId, int limit, int offset) throws SQLException {
        List<Map<String, Object>> rows = Db.of(c).rows("SELECT id, recorded_at AS recorded, status, reported_status, "
                + "note, metrics, details FROM checkmk_service_history WHERE service_id = ? ORDER BY id DESC "
                + "LIMIT ? OFFSET ?", serviceId, limit, offset);
        rows.forEach(ServiceQueries::statusText);
        return rows;
    }

    static long historyCount(Connection c, long serviceId) throws SQLException {
        return Db.of(c).count("SELECT COUNT(*) FROM checkmk_service_history WHERE service_id = ?", serviceId);
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        filter.computerId().ifPresent(id -> {
            conditions.add("s.computer_id = ?");
            params.add(id);
        });
        filter.status().ifPresent(status -> {
            conditions.add("s.status = ?");
            params.add(status.code());
        });
        filter.stale().ifPresent(stale -> {
            conditions.add("s.stale = ?");
            params.add(stale);
        });
        if (!filter.scope().unlimited()) {
            ComputerScope.Condition scope = filter.scope().where("s.computer_id");
            conditions.add(scope.sql());
            params.addAll(scope.parameters());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static List<Map<String, Object>> shaped(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            statusText(row);
            row.put("reported", truthy(row.get("reported")));
            row.put("stale", truthy(row.get("stale")));
        }
        return rows;
    }

    /** Adds {@code computer_hostname} right after {@code computer_id}: one directory call for all rows. */
    private static List<Map<String, Object>> withHostnames(ComputerDirectory computers, List<Map<String, Object>> rows) {
        Map<Long, String> hostnames = computers.hostnames(rows.stream()
                .map(row -> ((Number) row.get("computer_id")).longValue()).distinct().toList());
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            row.clear();
            copy.forEach((key, value) -> {
                row.put(key, value);
                if (key.equals("computer_id")) {
                    row.put("computer_hostname", hostnames.get(((Number) value).longValue()));
                }
            });
        }
        return rows;
    }

    /** Adds {@code status_text} (OK, WARN, CRIT, UNKNOWN) right after {@code status}. */
    private static void statusText(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        row.clear();
        copy.forEach((key, value) -> {
            row.put(key, value);
            if (key.equals("status")) {
                row.put("status_text", Status.of(((Number) value).intValue()).name());
            }
        });
    }

    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof Number number && number.intValue() != 0);
    }
}
