package org.ocoj.platform.report.criteria;

/**
 * One field a report may test: a whitelisted column, never text from a user.
 *
 * @param name        what admins write in criteria, e.g. {@code os_version}
 * @param sql         the expression in the compiled query, e.g. {@code c.os_version}
 * @param type        decides operators and value types
 * @param table       the table holding the column, for value look-ups and duplicate checks
 * @param column      the column in {@code table}
 * @param owner       the column of {@code table} naming the computer (duplicate checks count distinct owners)
 * @param identifying true if values should be unique per computer, so {@code is_duplicate} makes sense
 */
public record Field(String name, String sql, FieldType type, String table, String column, String owner,
                    boolean identifying) {
}
