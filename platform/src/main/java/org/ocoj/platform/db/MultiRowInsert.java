package org.ocoj.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows as a few multi-row {@code INSERT … VALUES (…), (…)} statements. Connector/J can rewrite a
 * JDBC batch into the same statements, but it first copies every row's bindings; for an 805-package first
 * inventory that copying was a fifth of the server's CPU (docs/performance.md). Table and column names come
 * from code, never from input; values are always bound.
 */
public final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 200;

    private MultiRowInsert() {
    }

    /** Inserts {@code rows}, each holding one value per column, in order. */
    public static void insert(Connection c, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement s = c.prepareStatement(head + String.join(", ", Collections.nCopies(chunk.size(), row)))) {
                int index = 1;
                for (Object[] values : chunk) {
                    if (values.length != columns.size()) {
                        throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
                    }
                    for (Object value : values) {
                        s.setObject(index++, value);
                    }
                }
                s.executeUpdate();
            }
        }
    }
}
