package org.ocoj.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link MultiRowInsert} against the machine's MariaDB: every row arrives, across statement boundaries. */
class MultiRowInsertTest {

    private static final ThrowAwayDatabase DATABASE = new ThrowAwayDatabase("ocoj_multirow", "");
    private static final MysqlDataSource dataSource = DATABASE.dataSource;

    @AfterAll
    static void dropDatabase() {
        DATABASE.close();
    }

    @Test
    void insertsEveryRowWithItsValuesAcrossStatements() throws SQLException {
        int count = MultiRowInsert.ROWS_PER_STATEMENT * 2 + 7; // two full statements and a short one
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {i, "name " + i + " with 'quotes' and ; semicolons", i % 3 == 0 ? null : i * 2L});
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (n INT PRIMARY KEY, name VARCHAR(100) NOT NULL, twice BIGINT)");
            MultiRowInsert.insert(c, "item", List.of("n", "name", "twice"), rows);
            try (ResultSet r = s.executeQuery("SELECT n, name, twice FROM item ORDER BY n")) {
                int i = 0;
                while (r.next()) {
                    assertEquals(i, r.getInt(1));
                    assertEquals("name " + i + " with 'quotes' and ; semicolons", r.getString(2));
                    assertEquals(i % 3 == 0 ? null : i * 2L, r.getObject(3) == null ? null : r.getLong(3));
                    i++;
                }
                assertEquals(count, i);
            }
        }
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThrows(IllegalArgumentException.class, () -> MultiRowInsert.insert(c, "item2",
                    List.of("a", "b"), List.<Object[]>of(new Object[] {1})));
        }
    }
}
