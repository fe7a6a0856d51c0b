package org.ocoj.platform.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.platform.db.MultiRowInsert;

/**
 * Replaces a computer's rows of one collection with a set difference: rows whose content hash is already
 * stored stay, missing ones are deleted by id (one JDBC batch), new ones inserted in multi-row statements.
 */
final class CollectionWriter {

    private CollectionWriter() {
    }

    static SectionChange write(Connection c, long computerId, CollectionSection section, List<Row> rows)
            throws SQLException {
        List<String> columns = section.sqlColumns();
        int labelFrom = section.numbered() ? 1 : 0;
        Map<String, Long> storedIds = new HashMap<>();
        Map<String, String> storedLabels = new HashMap<>();
        String labelColumns = columns.get(labelFrom)
                + (columns.size() > labelFrom + 1 ? ", " + columns.get(labelFrom + 1) : ", ''");
        try (PreparedStatement s = c.prepareStatement("SELECT id, row_hash, " + labelColumns + " FROM "
                + section.table() + " WHERE computer_id = ?")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    storedIds.put(r.getString(2), r.getLong(1));
                    storedLabels.put(r.getString(2), r.getString(3) + " " + r.getString(4));
                }
            }
        }
        Set<String> wanted = new HashSet<>();
        List<Row> toInsert = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (Row row : rows) {
            wanted.add(row.hash());
            if (!storedIds.containsKey(row.hash())) {
                toInsert.add(row);
                added.add(row.label(labelFrom));
            }
        }
        List<String> removed = new ArrayList<>();
        List<Long> toDelete = new ArrayList<>();
        storedIds.forEach((hash, id) -> {
            if (!wanted.contains(hash)) {
                toDelete.add(id);
                removed.add(storedLabels.get(hash).trim());
            }
        });
        deleteByIds(c, section.table(), toDelete);
        insert(c, computerId, section.table(), columns, toInsert);
        return new SectionChange(section.key(), added, removed);
    }

    private static void deleteByIds(Connection c, String table, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (Long id : ids) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insert(Connection c, long computerId, String table, List<String> columns, List<Row> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> allColumns = new ArrayList<>(List.of("computer_id", "row_hash"));
        allColumns.addAll(columns);
        List<Object[]> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] rowValues = new Object[allColumns.size()];
            rowValues[0] = computerId;
            rowValues[1] = row.hash();
            System.arraycopy(row.values(), 0, rowValues, 2, row.values().length);
            values.add(rowValues);
        }
        MultiRowInsert.insert(c, table, allColumns, values);
    }
}
