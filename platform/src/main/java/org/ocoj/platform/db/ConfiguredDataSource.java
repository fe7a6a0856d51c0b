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
import org.ocoj.platform.db.embedded.EmbeddedDatabaseException;
import org.ocoj.platform.db.embedded.EmbeddedDatabaseSettings;
import org.ocoj.platform.db.embedded.EmbeddedMariaDb;
import org.ocoj.platform.db.embedded.EmbeddedServers;

/**
 * The physical connection factory behind Payara's pool. It reads URL, user and password from MicroProfile
 * Config itself instead of through {@code ${MPCONFIG=…}} placeholders, because MicroProfile Config treats an
 * empty value as "not set" and an empty database password is legal.
 *
 * <p>MariaDB URLs ({@code jdbc:mariadb:}) are served by MySQL Connector/J under its {@code jdbc:mysql:}
 * scheme, so users can write either. Without a URL, the first connection starts the embedded MariaDB
 * ({@link EmbeddedMariaDb}) and connects to it.
 */
public class ConfiguredDataSource implements DataSource {

    /** The embedded server is a MariaDB reached through Connector/J. */
    private static final String EMBEDDED_URL_SCHEME = "jdbc:mysql://127.0.0.1/";

    private final Config config = ConfigProvider.getConfig();
    private final DatabaseTimeouts timeouts = DatabaseTimeouts.from(config);
    private volatile Target target;
    private int loginTimeout;

    /**
     * Where connections go: known at once for a configured URL, after the embedded server's start otherwise
     * ({@code embedded} is then that server, else null).
     */
    private record Target(DatabaseSettings settings, Driver driver, EmbeddedMariaDb embedded) {

        boolean stale() {
            return embedded != null && !embedded.running();
        }
    }

    public ConfiguredDataSource() {
        // a configured URL is checked at once: an unknown scheme is a start-up error with its own message
        DatabaseSettings.configured(config).ifPresent(settings -> target = new Target(settings,
                driverFor(settings.jdbcUrl()), null));
    }

    @Override
    public Connection getConnection() throws SQLException {
        Target current = target();
        return getConnection(current.settings().user(), current.settings().password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Target current = target();
        Properties properties = current.settings().driverProperties();
        boolean networked = !current.settings().isH2();
        if (networked) {
            timeouts.addTo(properties);
        }
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = current.driver().connect(current.settings().jdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + current.settings().displayUrl());
        }
        if (networked) {
            timeouts.afterConnect(connection);
        }
        return connection;
    }

    /** The pool asks only for new physical connections, so this runs rarely: on the first, and after failures. */
    private Target target() throws SQLException {
        Target current = target;
        if (current != null && !current.stale()) {
            return current;
        }
        synchronized (this) {
            if (target == null || target.stale()) {
                // first connection, or the embedded mariadbd ended (e.g. the kernel's OOM killer): start it (again)
                Driver driver = driverFor(EMBEDDED_URL_SCHEME);
                try {
                    EmbeddedMariaDb server = EmbeddedServers.of(EmbeddedDatabaseSettings.from(config));
                    target = new Target(DatabaseSettings.embedded(server.start(driver)), driver, server);
                } catch (EmbeddedDatabaseException e) {
                    throw new SQLException(e.getMessage());
                }
            }
            return target;
        }
    }

    /** The JDBC driver (Connector/J, or H2 as Payara provides it) that serves this URL. */
    public static Driver driverFor(String url) {
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
        return DatabaseSettings.describe(config);
    }
}
