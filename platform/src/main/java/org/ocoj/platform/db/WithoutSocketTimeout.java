package org.ocoj.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.ocoj.jdbc.ForwardingDataSource;
import org.ocoj.jdbc.InterceptedConnection;

/**
 * Connections of the pool without the socket timeout ({@link DatabaseTimeouts}) while borrowed, for schema
 * migrations: an index built over a large table may rightly take longer than any request should. The timeout
 * is restored when the connection goes back to the pool.
 */
public final class WithoutSocketTimeout extends ForwardingDataSource {

    private static final Executor SAME_THREAD = Runnable::run;

    public WithoutSocketTimeout(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return unbounded(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return unbounded(super.getConnection(user, password));
    }

    private static Connection unbounded(Connection connection) throws SQLException {
        int previous;
        try {
            previous = connection.getNetworkTimeout();
            connection.setNetworkTimeout(SAME_THREAD, 0);
        } catch (SQLFeatureNotSupportedException e) {
            return connection; // an embedded database: no network, nothing to lift
        }
        return InterceptedConnection.of(connection, (method, args, forward) -> {
            if (method.getName().equals("close") && !connection.isClosed()) {
                connection.setNetworkTimeout(SAME_THREAD, previous);
            }
            return forward.call();
        });
    }
}
