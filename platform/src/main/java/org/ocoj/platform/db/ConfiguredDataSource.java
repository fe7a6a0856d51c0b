package org.ocoj.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical connection factory behind Payara's pool. It reads URL, user and password from MicroProfile
 * Config itself instead of through {@code ${MPCONFIG=…}} placeholders, because MicroProfile Config treats an
 * empty value as "not set" and an empty database password is legal.
 *
 * <p>MariaDB URLs ({@code jdbc:mariadb:}) are served by MySQL Connector/J under its {@code jdbc:mysql:}
 * scheme, so users can write either.
 */
public class ConfiguredDataSource implements DataSource {

    private final DatabaseSettings settings = DatabaseSettings.from(ConfigProvider.getConfig());
    private final Driver driver = findDriver(settings.jdbcUrl());
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties properties = settings.driverProperties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = driver.connect(settings.jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + settings.displayUrl());
        }
        return connection;
    }

    private static Driver findDriver(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, ConfiguredDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // this driver cannot tell: try the next one
            }
        }
        throw new IllegalStateException("No JDBC driver for the database URL " + DatabaseSettings.mask(url)
                + " (supported: jdbc:h2:, jdbc:mysql:, jdbc:mariadb:)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** Exposed for the start-up line "database in use". */
    public static String describe(Config config) {
        return DatabaseSettings.from(config).displayUrl();
    }
}
