package org.ocoj.dist;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

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

    String string(String sql, Object... params) {
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
     * Total statements the MariaDB server has received so far from all clients, read over one kept
     * connection so that measuring adds exactly one statement (this SHOW) per call.
     */
    static synchronized long questions() {
        try {
            if (statusConnection == null) {
                statusConnection = DriverManager.getConnection(SERVER, "root", "");
            }
            try (Statement s = statusConnection.createStatement();
                 ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
                r.next();
                return r.getLong(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection statusConnection;

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
