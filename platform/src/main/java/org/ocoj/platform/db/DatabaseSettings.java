package org.ocoj.platform.db;

import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Database connection settings: {@code oco.db.url}, {@code oco.db.user}, {@code oco.db.password}. Without a
 * URL the embedded H2 file database {@code <oco.data.dir>/oco} in MySQL mode is used.
 */
record DatabaseSettings(String jdbcUrl, String user, String password) {

    static DatabaseSettings from(Config config) {
        String dataDir = config.getOptionalValue("oco.data.dir", String.class).orElse("data");
        String url = config.getOptionalValue("oco.db.url", String.class)
                .orElse("jdbc:h2:file:" + dataDir + "/oco;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "NON_KEYWORDS=VALUE,USER;IGNORECASE=TRUE;DB_CLOSE_ON_EXIT=FALSE");
        if (url.startsWith("jdbc:mariadb:")) {
            url = "jdbc:mysql:" + url.substring("jdbc:mariadb:".length());
        }
        String defaultUser = url.startsWith("jdbc:h2:") ? "oco" : "root";
        return new DatabaseSettings(url,
                config.getOptionalValue("oco.db.user", String.class).orElse(defaultUser),
                config.getOptionalValue("oco.db.password", String.class).orElse(""));
    }

    boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** Driver properties for speed and correct text/time handling; a URL parameter still wins. */
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
            properties.setProperty("connectTimeout", "5000");
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
}
