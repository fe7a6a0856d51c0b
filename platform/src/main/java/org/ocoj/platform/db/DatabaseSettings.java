package org.ocoj.platform.db;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.ocoj.platform.db.embedded.EmbeddedDatabaseSettings;
import org.ocoj.platform.db.embedded.EmbeddedMariaDb;

/**
 * Database connection settings: {@code oco.db.url}, {@code oco.db.user}, {@code oco.db.password}. Without a
 * URL the embedded MariaDB in {@code <oco.data.dir>/mariadb} is the database (see {@link EmbeddedMariaDb}).
 */
record DatabaseSettings(String jdbcUrl, String user, String password) {

    /** The database named by {@code oco.db.url}; empty when none is configured (the embedded default). */
    static Optional<DatabaseSettings> configured(Config config) {
        return config.getOptionalValue("oco.db.url", String.class).map(configuredUrl -> {
            String url = configuredUrl.startsWith("jdbc:mariadb:")
                    ? "jdbc:mysql:" + configuredUrl.substring("jdbc:mariadb:".length()) : configuredUrl;
            String defaultUser = url.startsWith("jdbc:h2:") ? "oco" : "root";
            return new DatabaseSettings(url,
                    config.getOptionalValue("oco.db.user", String.class).orElse(defaultUser),
                    config.getOptionalValue("oco.db.password", String.class).orElse(""));
        });
    }

    static DatabaseSettings embedded(EmbeddedMariaDb.RunningServer server) {
        return new DatabaseSettings(server.jdbcUrl(), server.user(), server.password());
    }

    /** The database in use, for the start-up line and errors: never a secret. */
    static String describe(Config config) {
        return configured(config).map(DatabaseSettings::displayUrl)
                .orElseGet(() -> EmbeddedDatabaseSettings.from(config).describe());
    }

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /**
     * Driver properties for speed and correct text/time handling; a URL parameter still wins. The timeouts come
     * from {@link DatabaseTimeouts}.
     */
    Properties driverProperties() {
        Properties properties = new Properties();
        if (!isH2()) {
            properties.setProperty("rewriteBatchedStatements", "true");
            properties.setProperty("cachePrepStmts", "true");
            properties.setProperty("prepStmtCacheSize", "256");
            // the multi-row inventory INSERTs are long; parsing them again for every request was a sixth of
            // the server's CPU in a first-update storm (default limit: 256 characters)
            properties.setProperty("prepStmtCacheSqlLimit", "65536");
            properties.setProperty("characterEncoding", "UTF-8");
            properties.setProperty("connectionTimeZone", "UTC");
            // the driver remembers autocommit and isolation itself instead of asking the server
            // (the pool checks the isolation level after every transaction: one statement per request)
            properties.setProperty("useLocalSessionState", "true");
        }
        return properties;
    }

    String displayUrl() {
        return mask(jdbcUrl);
    }

    /** Hides a password written into the URL. */
    static String mask(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return displayUrl() + " as " + user; // never the password
    }
}
