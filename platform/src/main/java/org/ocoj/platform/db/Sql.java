package org.ocoj.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Small JDBC helpers for admin-side reads: rows as ordered maps, column label → value, with UTC times
 * rendered as {@code YYYY-MM-DD HH:MM:SS} in the server's time zone (CLIENT-API §1.6).
 */
public final class Sql {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Sql() {
    }

    public static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(r.getObject(i)));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new SqlFailure("reading data", e);
        }
    }

    public static int update(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("writing data", e);
        }
    }

    /** Runs an INSERT and returns the generated id. */
    public static long insert(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new SqlFailure("writing data", e);
        }
    }

    private static Object value(Object value) {
        if (value instanceof java.sql.Timestamp) {
            return time(((java.sql.Timestamp) value).toLocalDateTime());
        }
        if (value instanceof LocalDateTime) {
            return time((LocalDateTime) value);
        }
        return value;
    }

    /** A time as the client API shows it ({@code YYYY-MM-DD HH:MM:SS}, server time zone) back in stored UTC. */
    public static LocalDateTime utc(String shown) {
        return LocalDateTime.parse(shown, TIME).atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }

    /** A stored UTC time as the client API shows it. */
    public static String time(LocalDateTime utc) {
        return utc == null ? null
                : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
    }
}
