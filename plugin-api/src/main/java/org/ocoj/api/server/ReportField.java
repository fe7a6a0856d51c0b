package org.ocoj.api.server;

/**
 * One field of a {@link ReportScope}.
 *
 * @param name        what criteria write, e.g. {@code state} (lower-case identifier, unique in the scope)
 * @param column      the column of the scope's table, e.g. {@code state} (lower-case identifier)
 * @param type        decides the operators: text (equals, contains, regex, version &lt; …), number (=, &lt;, &gt;),
 *                    time (older than / within N days) or yes/no
 * @param description one line for the report editor, e.g. {@code OK, WARN, CRIT or UNKNOWN}
 */
public record ReportField(String name, String column, Type type, String description) {

    /** What a field holds. */
    public enum Type { TEXT, NUMBER, TIME, BOOLEAN }

    /** A field whose column has the same name. */
    public static ReportField of(String name, Type type, String description) {
        return new ReportField(name, name, type, description);
    }
}
