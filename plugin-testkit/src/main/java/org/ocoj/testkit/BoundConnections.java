package org.ocoj.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ocoj.jdbc.ForwardingDataSource;
import org.ocoj.jdbc.InterceptedConnection;

/**
 * A data source that behaves like the platform's inside {@code PluginContext.inTransaction}: outside one every
 * connection commits each statement; inside one every connection taken on that thread is the transaction's, so
 * a plugin's statements commit or roll back together, and a nested call joins the outer transaction.
 */
final class BoundConnections extends ForwardingDataSource {

    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    BoundConnections(DataSource target) {
        super(target);
    }

    <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try (Connection c = super.getConnection()) {
            c.setAutoCommit(false);
            transaction.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                transaction.remove();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The test database's transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection bound = transaction.get();
        return bound == null ? super.getConnection() : unclosable(bound);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** The transaction's connection, whose close() (by the plugin's try-with-resources) leaves it open. */
    private static Connection unclosable(Connection connection) {
        return InterceptedConnection.of(connection, (method, args, forward) -> switch (method.getName()) {
            case "close" -> null;
            case "isClosed" -> false;
            default -> forward.call();
        });
    }
}
