package org.ocoj.dist;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A throw-away database on the machine's MariaDB (127.0.0.1:3306, root, empty password). */
public final class TestDatabase implements AutoCloseable {

    static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    final String name;

    private TestDatabase(String name) {
        this.name = name;
    }

    static TestDatabase create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB on 127.0.0.1:3306 (root, no password) is needed: " + e.getMessage(), e);
        }
        return new TestDatabase(name);
    }

    String jdbcUrl() {
        return SERVER + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    public long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a change (test setup the API cannot make, such as a computer last seen weeks ago). */
    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String string(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Statements that connections to this database sent while {@code action} ran, from MariaDB's general log
     * (switched on just for that time): unlike the global Questions counter, other databases' traffic on the
     * same MariaDB does not count. Connections opened during the action are not seen.
     */
    public long statementsDuring(Runnable action) {
        return statementTextsDuring(action).size();
    }

    /** The statements themselves ({@link #statementsDuring}), values inlined as the driver sent them. */
    public List<String> statementTextsDuring(Runnable action) {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            List<Long> threads = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM information_schema.processlist WHERE db = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        threads.add(r.getLong(1));
                    }
                }
            }
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            try {
                action.run();
            } finally {
                s.execute("SET GLOBAL general_log = 0");
            }
            List<String> statements = new ArrayList<>();
            if (threads.isEmpty()) {
                return statements;
            }
            try (ResultSet r = s.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log "
                    + "WHERE command_type = 'Query' AND thread_id IN ("
                    + threads.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")) {
                while (r.next()) {
                    statements.add(r.getString(1));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
