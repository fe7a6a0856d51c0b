package org.ocoj.platform.inventory;

import org.ocoj.platform.json.JsonNumbers;

/**
 * One field of an inventory collection: its JSON name in the agent's update (SPEC §3.2), its column, and how
 * the value is coerced.
 */
record Column(String json, String sql, Kind kind, int maxLength, long min, long max) {

    enum Kind { TEXT, NULLABLE_TEXT, NUMBER, FLAG }

    static Column text(String json, String sql, int maxLength) {
        return new Column(json, sql, Kind.TEXT, maxLength, 0, 0);
    }

    static Column text(String name, int maxLength) {
        return text(name, name, maxLength);
    }

    static Column nullableText(String name, int maxLength) {
        return new Column(name, name, Kind.NULLABLE_TEXT, maxLength, 0, 0);
    }

    /** A BIGINT column. */
    static Column number(String name) {
        return new Column(name, name, Kind.NUMBER, 0, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** An INT column. */
    static Column intNumber(String name) {
        return new Column(name, name, Kind.NUMBER, 0, JsonNumbers.INT_MIN, JsonNumbers.INT_MAX);
    }

    static Column flag(String name) {
        return new Column(name, name, Kind.FLAG, 0, 0, 0);
    }

    /** @param where how the object holding the value is named in errors, e.g. {@code params.data.partitions[2]} */
    Object coerce(Object value, String where) {
        switch (kind) {
            case NUMBER:
                return Coerce.number(value, 0, min, max, where + "." + json);
            case FLAG:
                return Coerce.flag(value);
            case NULLABLE_TEXT:
                return Coerce.nullableText(value, maxLength);
            default:
                return Coerce.text(value, maxLength);
        }
    }
}
