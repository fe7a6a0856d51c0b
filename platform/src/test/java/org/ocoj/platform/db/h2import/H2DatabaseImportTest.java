package org.ocoj.platform.db.h2import;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.h2.Driver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.platform.db.ThrowAwayDatabase;

/** The import of an earlier version's H2 file into MariaDB, on a real H2 file and the machine's MariaDB. */
class H2DatabaseImportTest {

    @TempDir
    Path dataDir;
    private ThrowAwayDatabase mariaDb;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void createDatabases() throws SQLException {
        mariaDb = new ThrowAwayDatabase("ocoj_h2import", "");
        h2("CREATE TABLE computer (id BIGINT AUTO_INCREMENT PRIMARY KEY, hostname VARCHAR(100) NOT NULL, "
                        + "last_seen TIMESTAMP NULL, notes CLOB NULL)",
                "INSERT INTO computer (id, hostname, last_seen, notes) VALUES (7, 'pc-7', '2024-03-31 02:30:00', 'ä €'),"
                        + " (9, 'pc-9', NULL, NULL)",
                "CREATE TABLE admin_user (id BIGINT PRIMARY KEY, username VARCHAR(100))",
                "INSERT INTO admin_user VALUES (1, 'admin')",
                "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)",
                "INSERT INTO flyway_schema_history VALUES (1)",
                "CREATE TABLE gone_plugin_table (id INT PRIMARY KEY)",
                "INSERT INTO gone_plugin_table VALUES (1)");
        mariaDb("CREATE TABLE computer (id BIGINT AUTO_INCREMENT PRIMARY KEY, hostname VARCHAR(100) NOT NULL, "
                        + "last_seen DATETIME NULL, notes MEDIUMTEXT NULL, added_later INT NOT NULL DEFAULT 3)",
                "CREATE TABLE admin_user (id BIGINT PRIMARY KEY, username VARCHAR(100))",
                "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)",
                "INSERT INTO flyway_schema_history VALUES (1), (2)");
    }

    @AfterEach
    void dropDatabase() {
        mariaDb.close();
    }

    @Test
    void copiesEveryTableAndKeepsTheH2FileAsTheBackup() throws Exception {
        assertTrue(importer().runIfPending());

        assertEquals("7 pc-7 2024-03-31T02:30 ä € 3 | 9 pc-9 null null 3 | ",
                mariaDbRows("SELECT id, hostname, last_seen, notes, added_later FROM computer ORDER BY id"));
        assertEquals("1 admin | ", mariaDbRows("SELECT * FROM admin_user"));
        assertEquals("1 | 2 | ", mariaDbRows("SELECT * FROM flyway_schema_history"), "each keeps its own history");
        mariaDb("INSERT INTO computer (hostname) VALUES ('pc-new')");
        assertEquals("10 | ", mariaDbRows("SELECT id FROM computer WHERE hostname = 'pc-new'"), "ids continue after the copied ones");
        assertFalse(Files.exists(dataDir.resolve("oco.mv.db")));
        assertTrue(Files.exists(dataDir.resolve("oco.mv.db.before-mariadb")));
        assertTrue(progress.contains("  computer: 2 rows"), progress.toString());
        assertTrue(progress.contains("  gone_plugin_table: skipped (no such table in MariaDB: its plugin is not installed)"),
                progress.toString());
        assertFalse(importer().runIfPending(), "imported once");
    }

    @Test
    void aFailedCopyRemovesTheMariaDbSchemaAndLeavesTheH2FileAsItWas() throws Exception {
        mariaDb("ALTER TABLE computer MODIFY hostname VARCHAR(3) NOT NULL"); // 'pc-7' does not fit
        byte[] before = Files.readAllBytes(dataDir.resolve("oco.mv.db"));

        H2ImportException e = assertThrows(H2ImportException.class, () -> importer().runIfPending());

        assertTrue(e.getMessage().contains("failed: Data truncation"), e.getMessage());
        assertTrue(e.getMessage().endsWith("the next start tries again"), e.getMessage());
        assertEquals("", mariaDbRows("SHOW TABLES"), "schema removed: the next start migrates and imports again");
        assertArrayEquals(before, Files.readAllBytes(dataDir.resolve("oco.mv.db")), "H2 file untouched");
        assertFalse(Files.exists(dataDir.resolve("oco-h2-import.in-progress")));
    }

    @Test
    void neverOverwritesAMariaDbThatHoldsDataOfItsOwn() throws Exception {
        mariaDb("INSERT INTO admin_user VALUES (5, 'mariadb-admin')");

        H2ImportException e = assertThrows(H2ImportException.class, () -> importer().runIfPending());

        assertTrue(e.getMessage().contains("both hold data"), e.getMessage());
        assertEquals("5 mariadb-admin | ", mariaDbRows("SELECT * FROM admin_user"));
        assertTrue(Files.exists(dataDir.resolve("oco.mv.db")));
    }

    private H2DatabaseImport importer() {
        return new H2DatabaseImport(dataDir, new Driver(), h2Login(), mariaDb.dataSource, progress::add);
    }

    private Properties h2Login() {
        Properties login = new Properties();
        login.setProperty("user", "oco");
        login.setProperty("password", "");
        return login;
    }

    private void h2(String... statements) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.resolve("oco") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "NON_KEYWORDS=VALUE,USER;IGNORECASE=TRUE";
        try (Connection connection = new Driver().connect(url, h2Login());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void mariaDb(String... statements) throws SQLException {
        try (Connection connection = mariaDb.dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String mariaDbRows(String query) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = mariaDb.dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    rows.append(i > 1 ? " " : "").append(result.getObject(i));
                }
                rows.append(" | ");
            }
        }
        return rows.toString();
    }
}
