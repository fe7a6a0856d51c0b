package org.ocoj.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.ocoj.platform.config.ServerConfig;

/**
 * How long the server waits for the database before a request fails instead of hanging: opening a connection
 * ({@code OCO_DB_CONNECT_TIMEOUT_MILLIS}), one answer on an open connection ({@code OCO_DB_SOCKET_TIMEOUT_MILLIS},
 * which also bounds a single query) and a free connection of the pool ({@code OCO_DB_POOL_WAIT_MILLIS}, applied by
 * Payara's pool through {@link DatabaseDefinition}; read here only to refuse a bad value in words). 0 means no
 * limit.
 */
record DatabaseTimeouts(int connectMillis, int socketMillis, int poolWaitMillis) {

    static DatabaseTimeouts from(Config config) {
        return new DatabaseTimeouts(millis(config, "oco.db.connect-timeout-millis", 5000),
                millis(config, "oco.db.socket-timeout-millis", 20000),
                millis(config, "oco.db.pool-wait-millis", 10000));
    }

    private static int millis(Config config, String key, int fallback) {
        return millis(key, config.getOptionalValue(key, String.class).orElse(String.valueOf(fallback)));
    }

    /** @throws IllegalArgumentException naming the environment variable, for the one-line start-up error */
    static int millis(String key, String value) {
        String text = value.trim();
        try {
            int millis = Integer.parseInt(text);
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(ServerConfig.environmentName(key)
                + " must be 0 (no limit) or a positive number of milliseconds, not '" + text + "'");
    }

    /**
     * Connector/J's settings for opening a connection: the connect timeout bounds the TCP connect, and — as the
     * socket timeout while connecting — the server's greeting and the login too (a frozen server accepts TCP
     * connections but never greets). {@link #afterConnect} then sets the socket timeout for the queries.
     */
    void addTo(Properties driverProperties) {
        driverProperties.setProperty("connectTimeout", String.valueOf(connectMillis));
        driverProperties.setProperty("socketTimeout", String.valueOf(connectMillis));
    }

    void afterConnect(Connection connection) throws SQLException {
        connection.setNetworkTimeout(Runnable::run, socketMillis);
    }
}
