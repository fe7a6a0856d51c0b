package org.ocoj.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A throw-away database in upstream OCO-Server's schema (src/test/resources/oco-import/upstream-schema.sql),
 * filled with computers the way upstream stores what its agents sent (the captures).
 */
final class UpstreamOcoDatabase implements AutoCloseable {

    final TestDatabase database = TestDatabase.create("ocoup");

    UpstreamOcoDatabase() {
        try {
            String schema = Files.readString(Path.of("src/test/resources/oco-import/upstream-schema.sql"));
            for (String statement : schema.split(";\n")) {
                if (!statement.isBlank()) {
                    database.update(statement);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "jdbc:mariadb://127.0.0.1:3306/" + database.name;
    }

    static String randomKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A computer as upstream keeps it after its agent's hello and update (the captures' inventory). */
    long addComputer(String hostname, String agentKey, String serverKey, BigDecimal agentTimestamp,
                     LocalDateTime lastUpdate) {
        Map<String, Object> d = Captures.data("oco-agent-update.json");
        database.update("INSERT INTO computer (hostname, os, os_version, os_license, os_locale, kernel_version, "
                        + "architecture, cpu, gpu, ram, agent_version, remote_address, serial, manufacturer, model, "
                        + "bios_version, boot_type, secure_boot, domain, last_ping, last_update, agent_timestamp, notes, "
                        + "agent_key, server_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                hostname, d.get("os"), d.get("os_version"), d.get("os_license"), d.get("os_language"),
                d.get("kernel_version"), d.get("architecture"), d.get("cpu"), d.get("gpu"), String.valueOf(d.get("ram")),
                d.get("agent_version"), "192.0.2.2", d.get("serial"), d.get("manufacturer"), d.get("model"),
                d.get("bios_version"), d.get("boot_type"), d.get("secure_boot"), d.get("domain"),
                lastUpdate, lastUpdate, agentTimestamp.doubleValue(), "imported from OCO", agentKey, serverKey);
        long id = database.count("SELECT id FROM computer WHERE hostname = ?", hostname);
        if (lastUpdate != null) {
            int nic = 0;
            for (Object network : (List<?>) d.get("networks")) {
                Map<?, ?> n = (Map<?, ?>) network;
                database.update("INSERT INTO computer_network (computer_id, nic_number, address, netmask, broadcast, mac, "
                        + "interface) VALUES (?, ?, ?, ?, ?, ?, ?)", id, nic++, n.get("addr"), n.get("netmask"),
                        n.get("broadcast"), n.get("mac"), n.get("interface"));
            }
            for (Object item : ((List<?>) d.get("software")).subList(0, 20)) {
                Map<?, ?> s = (Map<?, ?>) item;
                database.update("INSERT IGNORE INTO software (name, version, description) VALUES (?, ?, ?)",
                        s.get("name"), s.get("version"), s.get("description"));
                database.update("INSERT INTO computer_software (computer_id, software_id) SELECT ?, id FROM software "
                        + "WHERE name = ? AND version = ? AND description = ?", id, s.get("name"), s.get("version"),
                        s.get("description"));
            }
        }
        return id;
    }

    long addGroup(Long parent, String name) {
        database.update("INSERT INTO computer_group (parent_computer_group_id, name) VALUES (?, ?)", parent, name);
        return database.count("SELECT MAX(id) FROM computer_group");
    }

    void addMember(long computer, long group) {
        database.update("INSERT INTO computer_group_member (computer_id, computer_group_id) VALUES (?, ?)", computer, group);
    }

    void setting(String key, String value) {
        database.update("REPLACE INTO setting (`key`, `value`) VALUES (?, ?)", key, value);
    }

    static BigDecimal secondsAgo(long seconds) {
        return BigDecimal.valueOf(System.currentTimeMillis() / 1000.0 - seconds);
    }

    static LocalDateTime utcSecondsAgo(long seconds) {
        return LocalDateTime.now(ZoneOffset.UTC).minusSeconds(seconds).withNano(0);
    }

    @Override
    public void close() {
        database.close();
    }
}
