package org.ocoj.tools.loadgen.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL statements per request as MariaDB/MySQL counts them: the server-wide {@code Questions} counter read
 * before and after one request, over one kept connection (so each reading adds exactly one statement, which
 * is subtracted). The median of many samples hides other clients of the same database server.
 */
public final class StatementCounter implements AutoCloseable {

    private final Connection connection;

    public StatementCounter(String jdbcUrl, String user, String password) throws SQLException {
        String url = jdbcUrl.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + jdbcUrl.substring(13) : jdbcUrl;
        this.connection = DriverManager.getConnection(url, user, password);
    }

    /** An action that sends one request and reports whether it succeeded. */
    public interface Request {
        boolean send();
    }

    /** @return median statements per request over {@code samples} requests */
    public long median(int samples, Request request) throws SQLException {
        List<Long> deltas = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long before = questions();
            if (!request.send()) {
                throw new IllegalStateException("A request failed while counting statements");
            }
            deltas.add(questions() - before - 1);
        }
        Collections.sort(deltas);
        return deltas.get(deltas.size() / 2);
    }

    private long questions() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            r.next();
            return r.getLong(2);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
