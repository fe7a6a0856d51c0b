package org.ocoj.platform.db.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.jdbc.Driver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's life cycle on a real MariaDB installation: Debian's mariadb-server under /usr, which
 * .ci/run installs (the bundle's own copy is tested end to end in dist).
 */
class EmbeddedMariaDbTest {

    private static final Path SYSTEM_MARIADB = Path.of("/usr");

    @TempDir
    Path dataDir;
    private final Driver driver = newDriver();
    private final List<String> progress = new ArrayList<>();
    private final List<EmbeddedMariaDb> started = new ArrayList<>();

    @BeforeEach
    void needsMariaDbServer() {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mariadbd")), "Debian's mariadb-server is not installed");
    }

    @AfterEach
    void stopServers() {
        started.forEach(EmbeddedMariaDb::stop);
    }

    @Test
    void startsOnLoopbackWithAGeneratedRootPasswordAndDurableCommits() throws Exception {
        EmbeddedMariaDb.RunningServer server = start(embedded(SYSTEM_MARIADB));

        Path passwordFile = dataDir.resolve("mariadb/oco-root.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals(server.password(), Files.readString(passwordFile).trim());
        assertTrue(progress.contains("creating the embedded MariaDB in " + dataDir.resolve("mariadb")), progress.toString());
        assertFalse(Files.exists(dataDir.resolve("mariadb/oco-init.sql")), "the init file with the password is gone");
        try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT @@bind_address, @@innodb_flush_log_at_trx_commit, @@collation_server, DATABASE()")) {
            row.next();
            assertEquals("127.0.0.1", row.getString(1));
            assertEquals(1, row.getInt(2));
            assertEquals("utf8mb4_general_ci", row.getString(3));
            assertEquals("oco", row.getString(4));
        }
        SQLException refused = assertThrows(SQLException.class, () -> connect(server, "wrong").close());
        assertTrue(refused.getMessage().contains("Access denied"), "grants are checked: " + refused.getMessage());
    }

    @Test
    void keepsItsDataAndPasswordAcrossRestarts() throws Exception {
        EmbeddedMariaDb first = embedded(SYSTEM_MARIADB);
        EmbeddedMariaDb.RunningServer server = start(first);
        execute(server, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (42)");
        first.stop();

        EmbeddedMariaDb.RunningServer again = start(embedded(SYSTEM_MARIADB));

        assertEquals(server.password(), again.password());
        assertEquals(42, firstInt(again, "SELECT id FROM kept"));
    }

    @Test
    void stopsTheServerAnEarlierStartLeftRunning() throws Exception {
        EmbeddedMariaDb.RunningServer orphaned = start(embedded(SYSTEM_MARIADB));
        execute(orphaned, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (7)");
        long orphanPid = Long.parseLong(Files.readString(dataDir.resolve("mariadb/mariadbd.pid")).trim());

        EmbeddedMariaDb.RunningServer server = start(embedded(SYSTEM_MARIADB)); // as after a kill -9 of the JVM

        assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "the orphan is gone");
        assertTrue(progress.stream().anyMatch(line -> line.contains("left running by an earlier server (process "
                + orphanPid + ")")), progress.toString());
        assertEquals(7, firstInt(server, "SELECT id FROM kept"));
    }

    @Test
    void startsAgainWhenItsProcessEnded() throws Exception {
        EmbeddedMariaDb embedded = embedded(SYSTEM_MARIADB);
        EmbeddedMariaDb.RunningServer server = start(embedded);
        execute(server, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (3)");
        long pid = Long.parseLong(Files.readString(dataDir.resolve("mariadb/mariadbd.pid")).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // as the kernel's OOM killer would
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        assertFalse(embedded.running());
        EmbeddedMariaDb.RunningServer again = embedded.start(driver);

        assertTrue(embedded.running());
        assertEquals(3, firstInt(again, "SELECT id FROM kept"), "InnoDB recovered the committed row");
        assertTrue(progress.stream().anyMatch(line -> line.startsWith("the embedded MariaDB ended")), progress.toString());
        embedded.stop();
        assertThrows(EmbeddedDatabaseException.class, () -> embedded.start(driver), "stopped for good");
    }

    @Test
    void missingBinariesAreNamedInOneSentence() {
        EmbeddedDatabaseException e = assertThrows(EmbeddedDatabaseException.class,
                () -> embedded(dataDir.resolve("no-mariadb-here")).start(driver));

        assertTrue(e.getMessage().startsWith("the embedded MariaDB is not installed in " + dataDir.resolve("no-mariadb-here")
                + " (no bin/mariadbd)"), e.getMessage());
        assertTrue(e.getMessage().contains("OCO_EMBEDDED_DB_HOME"), e.getMessage());
    }

    private EmbeddedMariaDb embedded(Path home) {
        return new EmbeddedMariaDb(new EmbeddedDatabaseSettings(home, dataDir.resolve("mariadb"), "32M", List.of(),
                Duration.ofMinutes(2)), progress::add);
    }

    private EmbeddedMariaDb.RunningServer start(EmbeddedMariaDb embedded) {
        started.add(embedded);
        return embedded.start(driver);
    }

    private Connection connect(EmbeddedMariaDb.RunningServer server, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        login.setProperty("password", password);
        return driver.connect(server.jdbcUrl(), login);
    }

    private void execute(EmbeddedMariaDb.RunningServer server, String... statements) throws SQLException {
        try (Connection connection = connect(server, server.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private int firstInt(EmbeddedMariaDb.RunningServer server, String query) throws SQLException {
        try (Connection connection = connect(server, server.password()); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            assertTrue(row.next(), query);
            return row.getInt(1);
        }
    }

    private static Driver newDriver() {
        try {
            return new Driver();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
