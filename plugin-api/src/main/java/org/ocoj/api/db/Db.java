package org.ocoj.api.db;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Plain JDBC for a plugin's own tables, so plugins need no SQL helper of their own: values bound by position
 * (never concatenated), every resource closed, a failure as a {@link DbException} naming the statement.
 * Obtained from {@link org.ocoj.api.server.PluginContext#db()} (its data source: connections join the platform
 * call's transaction where it has one), or {@link #of(Connection)} for several statements on one connection the
 * caller holds (e.g. after a {@code SELECT … FOR UPDATE}).
 *
 * <p>Runs on MariaDB/MySQL and on H2 in MySQL mode, the databases the server supports; {@link #upsert} is the one
 * statement whose SQL differs between them. An {@link Instant} parameter is bound as a UTC {@code DATETIME}
 * ({@link StoredTime}). Thread-safe when made from a data source. Since plugin-api 1.2.0.
 */
public final class Db {

    /** Reads one row of a result (the cursor is on it; do not move it). */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work on one connection, for what the other methods do not cover (batches of several statements…). */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final DataSource dataSource;
    private final Connection connection;

    private Db(DataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Each call takes a connection from {@code dataSource} and closes it again. */
    public static Db of(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource is null");
        }
        return new Db(dataSource, null);
    }

    /** Every call uses {@code connection} and leaves it open: its owner closes it (and commits, if it manages that). */
    public static Db of(Connection connection) {
        if (connection == null) {
            throw new IllegalArgumentException("connection is null");
        }
        return new Db(null, connection);
    }

    /**
     * The rows as the client API returns them: one ordered map per row, keyed by lower-case column label;
     * {@code DATETIME}/{@code TIMESTAMP} values as {@link StoredTime#shown} text, text columns (also CLOBs) as
     * strings, everything else as the driver gives it.
     */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return run(sql, c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), shownValue(r, i, meta.getColumnType(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    /** Each row read by {@code reader}, in the order of the result. */
    public <T> List<T> list(String sql, RowReader<T> reader, Object... params) {
        return run(sql, c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(reader.read(r));
                }
                return rows;
            }
        });
    }

    /** The first row read by {@code reader}, if there is one (a null from the reader counts as none). */
    public <T> Optional<T> one(String sql, RowReader<T> reader, Object... params) {
        return run(sql, c -> {
            try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(reader.read(r)) : Optional.empty();
            }
        });
    }

    /** The first column of the first row as a number ({@code SELECT COUNT(*) …}); 0 for no row or NULL. */
    public long count(String sql, Object... params) {
        return one(sql, r -> r.getLong(1), params).orElse(0L);
    }

    /** An {@code INSERT}, {@code UPDATE} or {@code DELETE}: the number of rows it changed. */
    public int update(String sql, Object... params) {
        return run(sql, c -> {
            try (PreparedStatement s = prepare(c, sql, params)) {
                return s.executeUpdate();
            }
        });
    }

    /** An {@code INSERT} into a table with a generated key: that key. */
    public long insert(String sql, Object... params) {
        return run(sql, c -> {
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(s, params);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the statement generated no key");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /** One statement run once per parameter row, as one JDBC batch: the counts per row. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return run(sql, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(s, row);
                    s.addBatch();
                }
                return s.executeBatch();
            }
        });
    }

    /**
     * Inserts a row, or where a row with the same {@code key} exists sets its {@code values} — one statement, safe
     * against a concurrent insert of the same key. {@code key} must be the table's primary key or a unique key
     * (its columns in any order). Table and column names must be plain identifiers (letters, digits, {@code _});
     * they are checked, the values are bound. MariaDB/MySQL get {@code INSERT … ON DUPLICATE KEY UPDATE}, H2
     * {@code MERGE INTO … KEY (…)}.
     */
    public void upsert(String table, Map<String, ?> key, Map<String, ?> values) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("upsert into " + table + " needs at least one key column");
        }
        identifier(table);
        key.keySet().forEach(Db::identifier);
        values.keySet().forEach(Db::identifier);
        List<String> columns = new ArrayList<>(key.keySet());
        columns.addAll(values.keySet());
        List<Object> params = new ArrayList<>(key.values());
        params.addAll(values.values());
        String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
        run("upsert into " + table, c -> {
            String sql = isH2(c)
                    ? "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key.keySet())
                            + ") VALUES (" + placeholders + ")"
                    : "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders
                            + ") ON DUPLICATE KEY UPDATE " + assignments(key.keySet(), values.keySet());
            try (PreparedStatement s = prepare(c, sql, params.toArray())) {
                return s.executeUpdate();
            }
        });
    }

    /** {@code work} on one connection (this Db's, or one taken from its data source and closed afterwards). */
    public <T> T withConnection(ConnectionWork<T> work) {
        return run("work on a connection", work);
    }

    private <T> T run(String what, ConnectionWork<T> work) {
        try {
            if (connection != null) {
                return work.run(connection);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new DbException(describe(what) + " failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            bind(s, params);
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i] instanceof Instant instant ? StoredTime.utc(instant) : params[i];
            s.setObject(i + 1, value);
        }
    }

    private static Object shownValue(ResultSet r, int column, int type) throws SQLException {
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            return StoredTime.shown(r.getObject(column, LocalDateTime.class));
        }
        Object value = r.getObject(column);
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    /** Keeps key columns as they are (MySQL needs at least one assignment), sets every value column. */
    private static String assignments(java.util.Set<String> keys, java.util.Set<String> values) {
        if (values.isEmpty()) {
            String first = keys.iterator().next();
            return first + " = " + first;
        }
        return String.join(", ", values.stream().map(column -> column + " = VALUES(" + column + ")").toList());
    }

    private static boolean isH2(Connection c) throws SQLException {
        return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    }

    private static void identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a plain table or column name "
                    + "(letters, digits and _, starting with a letter or _)");
        }
    }

    /** The statement's first words, enough to find it in the plugin's code. */
    private static String describe(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "…";
    }
}
