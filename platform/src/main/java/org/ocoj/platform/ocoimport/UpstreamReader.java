package org.ocoj.platform.ocoimport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ocoj.api.server.RequestException;

/** Reads what the import takes from an upstream OCO database (one snapshot, see {@link UpstreamConnection}). */
final class UpstreamReader implements AutoCloseable {

    /** Upstream column → the agent's inventory field (SPEC §3.1) for the computer's own values. */
    private static final Map<String, String> SCALARS = scalars();

    /**
     * Upstream inventory tables as the agent's update sections (SPEC §3.2): table, section and the columns
     * read, each "upstream column" or "upstream column AS agent field".
     */
    private record Section(String table, String key, String columns, String where) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("computer_network", "networks",
                    "address AS addr, netmask, broadcast, mac, interface", " ORDER BY nic_number, id"),
            // inactive screens are upstream's memory of monitors once attached; the agent reports what is there
            new Section("computer_screen", "screens",
                    "name, manufacturer, manufactured, resolution, size, type, serialno", " AND active = 1 ORDER BY id"),
            new Section("computer_printer", "printers", "name, driver, paper, dpi, uri, status", " ORDER BY id"),
            new Section("computer_partition", "partitions",
                    "device, mountpoint, filesystem, size, free, name, uuid, encrypted", " ORDER BY id"),
            new Section("computer_user", "users", "username, display_name, uid, gid, home, shell, disabled",
                    " ORDER BY id"),
            new Section("computer_device", "devices", "subsystem, vendor, product, serial, name", " ORDER BY id"));

    private final Connection connection;
    private final UpstreamSchema schema;

    UpstreamReader(Connection connection) {
        this.connection = connection;
        this.schema = UpstreamSchema.check(connection);
    }

    private static Map<String, String> scalars() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String same : List.of("os", "os_version", "os_license", "kernel_version", "architecture", "cpu", "gpu",
                "ram", "agent_version", "serial", "manufacturer", "model", "bios_version", "boot_type", "secure_boot",
                "domain")) {
            map.put(same, same);
        }
        map.put("os_locale", "os_language");
        return map;
    }

    List<UpstreamComputer> computers() {
        List<UpstreamComputer> computers = new ArrayList<>();
        query("SELECT id, hostname, notes, agent_key, server_key, agent_timestamp, last_ping, last_update, "
                + "remote_address FROM computer ORDER BY id", r -> computers.add(new UpstreamComputer(r.getLong(1),
                r.getString(2), text(r.getString(3)), nonEmpty(r.getString(4)), nonEmpty(r.getString(5)),
                timestamp(r.getDouble(6)), r.getObject(7, LocalDateTime.class), r.getObject(8, LocalDateTime.class),
                text(r.getString(9)))));
        return computers;
    }

    /**
     * The upstream timestamp (a DOUBLE) to the microsecond, rounded up: the agent's next real request is later
     * by far more than that, and its last one stays a replay.
     */
    private static BigDecimal timestamp(double value) {
        return BigDecimal.valueOf(Math.max(0, value)).setScale(6, RoundingMode.CEILING);
    }

    /** The computer's inventory in the shape of the agent's {@code oco.agent.update} data. */
    Map<String, Object> inventory(long computerId) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> columns = SCALARS.keySet().stream().filter(c -> schema.has("computer", c)).toList();
        query("SELECT " + String.join(", ", columns) + " FROM computer WHERE id = ?", r -> {
            for (String column : columns) {
                Object value = r.getObject(column);
                data.put(SCALARS.get(column), column.equals("ram") ? ram(value) : value == null ? "" : value);
            }
        }, computerId);
        for (Section section : SECTIONS) {
            if (schema.has(section.table())) {
                data.put(section.key(), rows("SELECT " + section.columns() + " FROM " + section.table()
                        + " WHERE computer_id = ?" + section.where(), computerId));
            }
        }
        if (schema.has("computer_software") && schema.has("software")) {
            data.put("software", rows("SELECT s.name, s.version, s.description FROM computer_software cs "
                    + "JOIN software s ON s.id = cs.software_id WHERE cs.computer_id = ? ORDER BY s.id", computerId));
        }
        return data;
    }

    private static long ram(Object value) {
        try {
            return value == null ? -1 : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return -1; // upstream keeps what the agent sent as text; OCO-J stores bytes or nothing
        }
    }

    /** Rows of {@code computer_group} or {@code report_group}, parents before children. */
    List<UpstreamGroup> groups(String table, String parentColumn) {
        List<UpstreamGroup> groups = new ArrayList<>();
        if (!schema.has(table)) {
            return groups;
        }
        query("SELECT id, " + parentColumn + ", name FROM " + table + " ORDER BY id", r -> groups.add(
                new UpstreamGroup(r.getLong(1), (Long) r.getObject(2, Long.class), r.getString(3))));
        return UpstreamGroup.parentsFirst(groups);
    }

    /** Computer id → the ids of the groups it is a direct member of. */
    List<long[]> memberships() {
        List<long[]> members = new ArrayList<>();
        query("SELECT computer_id, computer_group_id FROM computer_group_member ORDER BY id",
                r -> members.add(new long[] {r.getLong(1), r.getLong(2)}));
        return members;
    }

    /** Upstream event query rules: log and query. */
    List<Map<String, Object>> eventRules() {
        return schema.has("event_query_rule") ? rows("SELECT log, query FROM event_query_rule ORDER BY id") : List.of();
    }

    /** Upstream password rotation rules (SPEC §2.7); an empty group id means every computer. */
    List<Map<String, Object>> passwordRules() {
        return schema.has("password_rotation_rule") ? rows("SELECT id, computer_group_id, username, alphabet, "
                + "`length`, valid_seconds, history, default_password FROM password_rotation_rule ORDER BY id")
                : List.of();
    }

    /**
     * Upstream's rotated local passwords ({@code computer_password}, stored in plain text there), oldest first.
     * Read per row into a list the import encrypts right away; never logged.
     */
    List<UpstreamPassword> computerPasswords() {
        List<UpstreamPassword> passwords = new ArrayList<>();
        if (schema.has("computer_password")) {
            query("SELECT p.id, p.computer_id, p.username, p.password, p.created, c.agent_key FROM computer_password p "
                    + "LEFT JOIN computer c ON c.id = p.computer_id ORDER BY p.computer_id, p.created, p.id",
                    r -> passwords.add(new UpstreamPassword(r.getLong(1), r.getLong(2), text(r.getString(3)),
                            text(r.getString(4)), r.getObject(5, LocalDateTime.class), nonEmpty(r.getString(6)).isPresent())));
        }
        return passwords;
    }

    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        query("SELECT `key`, `value` FROM setting", r -> settings.put(r.getString(1), text(r.getString(2))));
        return settings;
    }

    List<UpstreamReport> reports() {
        List<UpstreamReport> reports = new ArrayList<>();
        if (schema.has("report")) {
            query("SELECT id, report_group_id, name, notes, query FROM report ORDER BY id", r -> reports.add(
                    new UpstreamReport(r.getLong(1), (Long) r.getObject(2, Long.class), text(r.getString(3)),
                            text(r.getString(4)), text(r.getString(5)))));
        }
        return reports;
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        query(sql, r -> {
            ResultSetMetaData meta = r.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                Object value = r.getObject(i);
                row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value == null ? "" : value);
            }
            rows.add(row);
        }, params);
        return rows;
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... params) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        } catch (SQLException e) {
            throw RequestException.invalid("Reading the upstream database failed (" + e.getMessage() + "): " + sql);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            // a read-only snapshot: nothing to lose
        }
    }
}
