package org.ocoj.platform.ocoimport;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.ConfiguredDataSource;

/**
 * Opens the upstream OCO server's MySQL/MariaDB database read-only, as one consistent snapshot, so an import
 * sees the fleet as it was at one moment even while the upstream server keeps answering its agents.
 */
final class UpstreamConnection {

    /**
     * Only a plain server address and database: driver options in the URL could switch on what an import must
     * never do (local file loading, deserialisation), so none are taken from it.
     */
    private static final Pattern URL = Pattern.compile(
            "jdbc:(mysql|mariadb)://([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?/[A-Za-z0-9_$-]{1,64}");

    private UpstreamConnection() {
    }

    static Connection open(String url, String user, String password) {
        if (!URL.matcher(url).matches()) {
            throw RequestException.invalid("data.url must look like jdbc:mariadb://host:3306/oco (or jdbc:mysql://…),"
                    + " without options: " + url);
        }
        String mysqlUrl = "jdbc:mysql" + url.substring(url.indexOf("://"));
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5000");
        properties.setProperty("socketTimeout", "600000");
        properties.setProperty("allowLoadLocalInfile", "false");
        properties.setProperty("autoDeserialize", "false");
        properties.setProperty("connectionTimeZone", "UTC");
        properties.setProperty("characterEncoding", "UTF-8");
        try {
            Driver driver = ConfiguredDataSource.driverFor(mysqlUrl);
            Connection c = driver.connect(mysqlUrl, properties);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw RequestException.invalid("Cannot read the upstream OCO database " + url + " as " + user + ": "
                    + e.getMessage());
        }
    }
}
