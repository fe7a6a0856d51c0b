package org.ocoj.platform.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Real failures of the real driver: a database that is not there or stopped answering is "unavailable" (503,
 * try again), a statement the database refuses is not — wrapped as the platform and the pool wrap them.
 */
class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionMeansUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = assertThrows(SQLException.class, () -> connect(closedPort, 2000).close());
        assertTrue(DatabaseUnavailable.causes(refused), refused.toString());
        assertTrue(DatabaseUnavailable.causes(new SqlFailure("reading data", refused)), "also when wrapped");
    }

    @Test
    void aDatabaseThatStopsAnsweringMeansUnavailable() throws Exception {
        try (FreezableTcpProxy proxy = new FreezableTcpProxy(3306); Connection c = connect(proxy.port(), 1000);
             Statement s = c.createStatement()) {
            proxy.freeze();
            SQLException timedOut = assertThrows(SQLException.class, () -> s.execute("SELECT 1"));
            assertTrue(DatabaseUnavailable.causes(new IllegalStateException("pool", timedOut)), timedOut.toString());
        }
    }

    /** The driver closes a timed-out connection with its statements; a request that goes on meets "closed". */
    @Test
    void aStatementClosedWithItsTimedOutConnectionMeansUnavailable() throws Exception {
        try (FreezableTcpProxy proxy = new FreezableTcpProxy(3306); Connection c = connect(proxy.port(), 1000);
             Statement s = c.createStatement(); PreparedStatement next = c.prepareStatement("SELECT 2")) {
            proxy.freeze();
            assertThrows(SQLException.class, () -> s.execute("SELECT 1"));
            SQLException closed = assertThrows(SQLException.class, next::executeQuery);
            assertTrue(DatabaseUnavailable.causes(new SqlFailure("storing", closed)), closed + " state "
                    + closed.getSQLState());
        }
    }

    @Test
    void aStatementTheDatabaseRefusesIsTheRequestsFault() throws Exception {
        try (Connection c = connect(3306, 5000); Statement s = c.createStatement()) {
            SQLException syntax = assertThrows(SQLException.class, () -> s.execute("SELEKT 1"));
            assertFalse(DatabaseUnavailable.causes(syntax), syntax.toString());
            assertFalse(DatabaseUnavailable.causes(new NullPointerException()));
        }
    }

    private static Connection connect(int port, int socketTimeoutMillis) throws SQLException {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl("jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=2000&socketTimeout=" + socketTimeoutMillis);
        dataSource.setUser("root");
        dataSource.setPassword("");
        return dataSource.getConnection();
    }
}
