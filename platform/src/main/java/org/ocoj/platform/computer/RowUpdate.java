package org.ocoj.platform.computer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns one agent request changes on its computer row, written as a single UPDATE. Column names come
 * from code only, never from input.
 */
public final class RowUpdate {

    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

    private final Map<String, Object> columns = new LinkedHashMap<>();

    public RowUpdate set(String column, Object value) {
        if (!COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        columns.put(column, value);
        return this;
    }

    Map<String, Object> columns() {
        return columns;
    }
}
