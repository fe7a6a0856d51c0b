package org.ocoj.platform.db;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/** A database of its own on the machine's MariaDB (127.0.0.1:3306, root) for one test class; dropped on close. */
public final class ThrowAwayDatabase implements AutoCloseable {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";

    public final MysqlDataSource dataSource = new MysqlDataSource();
    private final String name;

    /** @param urlParameters driver settings for the test's connections, e.g. {@code ?rewriteBatchedStatements=true} */
    public ThrowAwayDatabase(String prefix, String urlParameters) {
        name = prefix + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        dataSource.setUrl(SERVER);
        dataSource.setUser("root");
        dataSource.setPassword("");
        execute("CREATE DATABASE " + name);
        dataSource.setUrl(SERVER + name + urlParameters);
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB on 127.0.0.1:3306 (root, no password) is needed: " + sql, e);
        }
    }

    @Override
    public void close() {
        execute("DROP DATABASE " + name);
    }
}
