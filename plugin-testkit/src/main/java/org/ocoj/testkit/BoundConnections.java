package org.ocoj.testkit;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that behaves like the platform's inside {@code PluginContext.inTransaction}: outside one every
 * connection commits each statement; inside one every connection taken on that thread is the transaction's, so
 * a plugin's statements commit or roll back together, and a nested call joins the outer transaction.
 */
final class BoundConnections implements DataSource {

    private final DataSource target;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    BoundConnections(DataSource target) {
        this.target = target;
    }

    <T> T inTransaction(Supplier<T> work) {
        if (transaction.get() != null) {
            return work.get();
        }
        try (Connection c = target.getConnection()) {
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
        return bound == null ? target.getConnection() : unclosable(bound);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** The transaction's connection, whose close() (by the plugin's try-with-resources) leaves it open. */
    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return false;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
