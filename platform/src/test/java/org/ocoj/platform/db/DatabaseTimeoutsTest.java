package org.ocoj.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.Driver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver settings the server uses make a frozen database fail a request instead of hanging it: a query on
 * an open connection ends after the socket timeout, and a new connection after the connect timeout. The
 * database is "frozen" by a proxy that stops passing bytes; the bounds asserted are generous multiples of the
 * timeouts (a hang would exceed them by far).
 */
class DatabaseTimeoutsTest {

    private static final Duration NO_HANG = Duration.ofSeconds(30);
    private FreezableTcpProxy proxy;
    private final DatabaseTimeouts timeouts = new DatabaseTimeouts(1000, 1500, 1000);

    @BeforeEach
    void start() throws Exception {
        proxy = new FreezableTcpProxy(3306);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
    }

    @Test
    void aQueryOnAFrozenDatabaseFailsAfterTheSocketTimeout() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertEquals(1, single(statement, "SELECT 1"));
            proxy.freeze();
            SQLException failure = assertTimeoutPreemptively(NO_HANG,
                    () -> assertThrows(SQLException.class, () -> single(statement, "SELECT 2")));
            assertTrue(failure instanceof SQLRecoverableException, failure.toString());
        }
    }

    @Test
    void connectingToAFrozenDatabaseFailsAfterTheConnectTimeout() {
        proxy.freeze();
        SQLException failure = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SQLException.class, this::connect));
        assertEquals("08S01", failure.getSQLState(), failure.toString());
    }

    @Test
    void aBadValueIsRefusedInWordsNamingTheVariable() {
        assertEquals(0, DatabaseTimeouts.millis("oco.db.socket-timeout-millis", " 0 "));
        for (String bad : new String[] {"-1", "5s", "", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DatabaseTimeouts.millis("oco.db.socket-timeout-millis", bad));
            assertEquals("OCO_DB_SOCKET_TIMEOUT_MILLIS must be 0 (no limit) or a positive number of milliseconds, "
                    + "not '" + bad + "'", e.getMessage());
        }
    }

    /** Connects as ConfiguredDataSource does. */
    private Connection connect() throws SQLException {
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://127.0.0.1:" + proxy.port() + "/", "root", "");
        Properties properties = settings.driverProperties();
        timeouts.addTo(properties);
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        Connection connection = new Driver().connect(settings.jdbcUrl(), properties);
        timeouts.afterConnect(connection);
        return connection;
    }

    private static int single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
