package org.ocoj.platform.report.criteria;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database (MySQL mode, as the embedded server uses) with the platform schema and helpers. */
final class H2Inventory implements AutoCloseable {

    final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;

    H2Inventory() throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER");
        keepAlive = dataSource.getConnection();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/platform").load().migrate();
    }

    long computer(String hostname, String os, String osVersion, Long ram, LocalDateTime lastPing, String serial)
            throws SQLException {
        try (PreparedStatement s = keepAlive.prepareStatement("INSERT INTO computer (hostname, os, os_version, ram, "
                + "last_ping, serial, created) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, hostname);
            s.setString(2, os);
            s.setString(3, osVersion);
            s.setObject(4, ram);
            s.setObject(5, lastPing);
            s.setString(6, serial);
            s.setObject(7, LocalDateTime.now());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void software(long computerId, String name, String version) throws SQLException {
        execute("MERGE INTO software (fingerprint, name, version, description) KEY (fingerprint) VALUES (?, ?, ?, '')",
                name + "/" + version, name, version);
        execute("INSERT INTO computer_software (computer_id, software_id, installed) "
                + "SELECT ?, id, CURRENT_TIMESTAMP FROM software WHERE fingerprint = ?", computerId, name + "/" + version);
    }

    void network(long computerId, String address, String mac) throws SQLException {
        execute("INSERT INTO computer_network (computer_id, row_hash, nic_number, address, netmask, broadcast, mac, "
                + "interface_name) VALUES (?, 'x', 0, ?, '255.255.255.0', '', ?, 'eth0')", computerId, address, mac);
    }

    void partition(long computerId, boolean encrypted) throws SQLException {
        execute("INSERT INTO computer_partition (computer_id, row_hash, device, mountpoint, filesystem, size, free, "
                + "name, uuid, encrypted) VALUES (?, 'x', '/dev/sda1', '/', 'ext4', 100, 50, '', '', ?)", computerId, encrypted);
    }

    void execute(String sql, Object... params) throws SQLException {
        try (PreparedStatement s = keepAlive.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    /** Hostnames of the computers a compiled condition selects, sorted. */
    List<String> hostnames(SqlCondition condition) throws SQLException {
        try (PreparedStatement s = keepAlive.prepareStatement(
                "SELECT c.hostname FROM computer c WHERE " + condition.sql() + " ORDER BY c.hostname")) {
            for (int i = 0; i < condition.parameters().size(); i++) {
                s.setObject(i + 1, condition.parameters().get(i));
            }
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        }
    }

    /** The lookup the server uses, over this database. */
    List<String> distinct(Field field) {
        try (Statement s = keepAlive.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT " + field.column() + " FROM " + field.table())) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = keepAlive.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }
}
