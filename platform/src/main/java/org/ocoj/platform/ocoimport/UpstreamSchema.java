package org.ocoj.platform.ocoimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.server.RequestException;

/**
 * What the import reads of upstream OCO-Server's schema (its {@code sql/SCHEMA.sql}, 1.x), and the check that a
 * database has it: a missing required table or column ends the import before anything is written, in words.
 * Optional tables (inventory sections, event rules, reports) came with later upstream versions; an older
 * database without them is imported without those parts.
 */
final class UpstreamSchema {

    static final Map<String, List<String>> REQUIRED = Map.of(
            "computer", List.of("id", "hostname", "notes", "agent_key", "server_key", "agent_timestamp", "last_ping",
                    "last_update", "os", "os_version", "agent_version", "remote_address"),
            "computer_group", List.of("id", "parent_computer_group_id", "name"),
            "computer_group_member", List.of("computer_id", "computer_group_id"),
            "setting", List.of("key", "value"));

    static final List<String> OPTIONAL = List.of("computer_network", "computer_screen", "computer_printer",
            "computer_partition", "computer_software", "software", "computer_user", "computer_device",
            "event_query_rule", "report", "report_group", "password_rotation_rule", "computer_password");

    private final Map<String, Set<String>> columns;

    private UpstreamSchema(Map<String, Set<String>> columns) {
        this.columns = columns;
    }

    static UpstreamSchema check(Connection c) {
        Map<String, Set<String>> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE()")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.computeIfAbsent(r.getString(1).toLowerCase(java.util.Locale.ROOT), t -> new HashSet<>())
                            .add(r.getString(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (SQLException e) {
            throw RequestException.invalid("Cannot read the upstream database's schema: " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((table, needed) -> {
            Set<String> has = found.get(table);
            if (has == null) {
                missing.add("table " + table);
            } else {
                needed.stream().filter(column -> !has.contains(column)).forEach(column -> missing.add(table + "." + column));
            }
        });
        if (!missing.isEmpty()) {
            throw RequestException.invalid("This is not an OCO server database of a supported version (OCO-Server 1.x,"
                    + " sql/SCHEMA.sql): missing " + String.join(", ", missing.stream().sorted().toList()));
        }
        return new UpstreamSchema(found);
    }

    boolean has(String table) {
        return columns.containsKey(table);
    }

    boolean has(String table, String column) {
        return columns.getOrDefault(table, Set.of()).contains(column);
    }
}
