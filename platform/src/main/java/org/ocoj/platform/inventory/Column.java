package org.ocoj.platform.inventory;

/**
 * One field of an inventory collection: its JSON name in the agent's update (SPEC §3.2), its column, and how
 * the value is coerced.
 */
record Column(String json, String sql, Kind kind, int maxLength) {

    enum Kind { TEXT, NULLABLE_TEXT, NUMBER, FLAG }

    static Column text(String json, String sql, int maxLength) {
        return new Column(json, sql, Kind.TEXT, maxLength);
    }

    static Column text(String name, int maxLength) {
        return text(name, name, maxLength);
    }

    static Column nullableText(String name, int maxLength) {
        return new Column(name, name, Kind.NULLABLE_TEXT, maxLength);
    }

    static Column number(String name) {
        return new Column(name, name, Kind.NUMBER, 0);
    }

    static Column flag(String name) {
        return new Column(name, name, Kind.FLAG, 0);
    }

    Object coerce(Object value) {
        switch (kind) {
            case NUMBER:
                return Coerce.number(value, 0);
            case FLAG:
                return Coerce.flag(value);
            case NULLABLE_TEXT:
                return Coerce.nullableText(value, maxLength);
            default:
                return Coerce.text(value, maxLength);
        }
    }
}
