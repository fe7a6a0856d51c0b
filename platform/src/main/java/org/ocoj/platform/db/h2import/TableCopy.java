package org.ocoj.platform.db.h2import;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Copies the rows of one table from H2 into the table of the same name in MariaDB: the columns both have, in
 * batches, as one transaction. Date-times are copied as local values (as the application writes them), never
 * shifted through a time zone.
 */
final class TableCopy {

    private static final int BATCH = 1000;
    static final int PROGRESS_EVERY = 100_000;

    private final Connection h2;
    private final Connection mariaDb;

    TableCopy(Connection h2, Connection mariaDb) {
        this.h2 = h2;
        this.mariaDb = mariaDb;
    }

    /** Whether MariaDB has this table (a table of a plugin that is no longer installed has none). */
    boolean targetExists(String table) throws SQLException {
        try (ResultSet tables = mariaDb.getMetaData().getTables(mariaDb.getCatalog(), null, table, null)) {
            return tables.next();
        }
    }

    /** Rows in the MariaDB table (0 for a fresh schema, apart from rows the migrations seed). */
    long targetRows(String table) throws SQLException {
        try (Statement statement = mariaDb.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
            count.next();
            return count.getLong(1);
        }
    }

    /**
     * Replaces the MariaDB table's rows (those the migrations seeded, or a crashed earlier attempt left) with the
     * H2 table's; {@code progress} hears the running count every {@value #PROGRESS_EVERY} rows.
     *
     * @return rows copied
     */
    long copy(String table, LongConsumer progress) throws SQLException {
        Set<String> targetColumns = targetColumns(table);
        try (Statement select = h2.createStatement();
             ResultSet rows = select.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Integer> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                if (targetColumns.contains(meta.getColumnName(i).toLowerCase(Locale.ROOT))) {
                    columns.add(i);
                }
            }
            String names = columns.stream().map(i -> "`" + name(meta, i) + "`").collect(Collectors.joining(", "));
            String marks = columns.stream().map(i -> "?").collect(Collectors.joining(", "));
            mariaDb.setAutoCommit(false);
            try (Statement delete = mariaDb.createStatement();
                 PreparedStatement insert = mariaDb.prepareStatement(
                         "INSERT INTO `" + table + "` (" + names + ") VALUES (" + marks + ")")) {
                delete.executeUpdate("DELETE FROM `" + table + "`");
                long copied = 0;
                while (rows.next()) {
                    for (int p = 0; p < columns.size(); p++) {
                        insert.setObject(p + 1, value(rows, meta, columns.get(p)));
                    }
                    insert.addBatch();
                    if (++copied % BATCH == 0) {
                        insert.executeBatch();
                    }
                    if (copied % PROGRESS_EVERY == 0) {
                        progress.accept(copied);
                    }
                }
                insert.executeBatch();
                mariaDb.commit();
                return copied;
            } catch (SQLException | RuntimeException e) {
                mariaDb.rollback();
                throw e;
            } finally {
                mariaDb.setAutoCommit(true);
            }
        }
    }

    private Set<String> targetColumns(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData meta = mariaDb.getMetaData();
        try (ResultSet columns = meta.getColumns(mariaDb.getCatalog(), null, table, null)) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String name(ResultSetMetaData meta, int column) {
        try {
            return meta.getColumnName(column).toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(ResultSet rows, ResultSetMetaData meta, int column) throws SQLException {
        switch (meta.getColumnType(column)) {
            case Types.TIMESTAMP:
                return rows.getObject(column, LocalDateTime.class);
            case Types.DATE:
                return rows.getObject(column, LocalDate.class);
            case Types.TIME:
                return rows.getObject(column, LocalTime.class);
            default:
                break;
        }
        Object value = rows.getObject(column);
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }
}
