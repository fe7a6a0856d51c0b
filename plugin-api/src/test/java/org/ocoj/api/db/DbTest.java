package org.ocoj.api.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Db on both databases the server supports: MariaDB (127.0.0.1:3306, a database of this class) and H2 in MySQL mode. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbTest {

    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";
    private final String mariaDbName = "dbtest_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    private final MysqlDataSource mariaDb = new MysqlDataSource();
    private final JdbcDataSource h2 = new JdbcDataSource();

    @BeforeAll
    void createDatabases() throws SQLException {
        mariaDb.setUrl(MARIADB);
        mariaDb.setUser("root");
        mariaDb.setPassword("");
        execute(mariaDb, "CREATE DATABASE " + mariaDbName);
        mariaDb.setUrl(MARIADB + mariaDbName);
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        for (DataSource dataSource : List.of(mariaDb, h2)) {
            execute(dataSource, "CREATE TABLE item (id BIGINT AUTO_INCREMENT PRIMARY KEY, computer_id BIGINT NOT NULL, "
                    + "name VARCHAR(40) NOT NULL, note TEXT, seen DATETIME, hits INT NOT NULL DEFAULT 0, "
                    + "CONSTRAINT uq_item UNIQUE (computer_id, name))");
        }
    }

    @AfterAll
    void dropMariaDbDatabase() throws SQLException {
        execute(mariaDb, "DROP DATABASE " + mariaDbName);
    }

    Stream<Db> databases() throws SQLException {
        for (DataSource dataSource : List.of(mariaDb, h2)) {
            execute(dataSource, "DELETE FROM item");
        }
        return Stream.of(Db.of(mariaDb), Db.of(h2));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void insertsReadsAndUpdatesWithBoundValues(Db db) {
        Instant seen = Instant.parse("2026-12-03T10:15:30Z");
        long id = db.insert("INSERT INTO item (computer_id, name, note, seen) VALUES (?, ?, ?, ?)", 7L, "a'; DROP", "n", seen);
        assertTrue(id > 0);
        assertEquals(1, db.update("UPDATE item SET hits = hits + 1 WHERE id = ?", id));
        assertEquals(1L, db.count("SELECT COUNT(*) FROM item WHERE name = ?", "a'; DROP"));
        assertEquals(0L, db.count("SELECT MAX(hits) FROM item WHERE name = ?", "none"), "NULL counts as 0");

        Map<String, Object> row = db.rows("SELECT id, name AS Label, note, seen FROM item WHERE id = ?", id).get(0);
        assertEquals(List.of("id", "label", "note", "seen"), List.copyOf(row.keySet()), "lower-case labels in order");
        assertEquals("n", row.get("note"), "a TEXT column is a string");
        assertEquals(StoredTime.shown(LocalDateTime.of(2026, 12, 3, 10, 15, 30)), row.get("seen"),
                "an Instant was stored as UTC and is shown in the server's zone");

        Optional<LocalDateTime> stored = db.one("SELECT seen FROM item WHERE id = ?", r -> r.getObject(1, LocalDateTime.class), id);
        assertEquals(Optional.of(LocalDateTime.of(2026, 12, 3, 10, 15, 30)), stored);
        assertEquals(Optional.empty(), db.one("SELECT seen FROM item WHERE id = ?", r -> r.getObject(1, LocalDateTime.class), -1L));
        assertEquals(List.of("a'; DROP"), db.list("SELECT name FROM item ORDER BY id", r -> r.getString(1)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void upsertInsertsOnceThenSetsTheValuesOfTheSameKey(Db db) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("computer_id", 1L);
        key.put("name", "disk");
        db.upsert("item", key, Map.of("note", "first"));
        db.upsert("item", key, Map.of("note", "second", "hits", 3));
        db.upsert("item", Map.of("name", "disk", "computer_id", 2L), Map.of("note", "other computer"));
        db.upsert("item", key, Map.of());
        assertEquals(List.of("1 second 3", "2 other computer 0"), db.list("SELECT computer_id, note, hits FROM item "
                + "ORDER BY computer_id", r -> r.getLong(1) + " " + r.getString(2) + " " + r.getInt(3)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void upsertRefusesNamesThatAreNotPlainIdentifiers(Db db) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.upsert("item; DROP TABLE item", Map.of("name", "x"), Map.of()));
        assertEquals("'item; DROP TABLE item' is not a plain table or column name (letters, digits and _, starting "
                + "with a letter or _)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> db.upsert("item", Map.of("name", "x"), Map.of("note)", 1)));
        assertThrows(IllegalArgumentException.class, () -> db.upsert("item", Map.of(), Map.of("note", 1)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void batchesAndAFailureNamesItsStatement(Db db) {
        assertArrayEquals(new int[] {1, 1}, db.batch("INSERT INTO item (computer_id, name) VALUES (?, ?)",
                List.of(new Object[] {1L, "x"}, new Object[] {2L, "y"})));
        DbException e = assertThrows(DbException.class,
                () -> db.update("INSERT INTO item (computer_id, name) VALUES (?, ?)", 1L, "x"));
        assertTrue(e.getMessage().startsWith("INSERT INTO item (computer_id, name) VALUES (?, ?) failed: "), e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());
        assertEquals(2L, db.count("SELECT COUNT(*) FROM item"), "the duplicate changed nothing");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDbOnAConnectionUsesItAndLeavesItOpen(Db pooled) {
        pooled.withConnection(c -> {
            c.setAutoCommit(false);
            Db db = Db.of(c);
            db.update("INSERT INTO item (computer_id, name) VALUES (?, ?)", 5L, "in-tx");
            assertEquals(1L, db.count("SELECT COUNT(*) FROM item WHERE computer_id = 5"), "sees its own write");
            c.rollback();
            assertFalse(c.isClosed());
            c.setAutoCommit(true);
            return null;
        });
        assertEquals(0L, pooled.count("SELECT COUNT(*) FROM item WHERE computer_id = 5"), "rolled back on its connection");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
