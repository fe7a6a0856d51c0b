package org.ocoj.platform.inventory;

import java.math.BigDecimal;
import org.ocoj.platform.json.JsonNumbers;

/**
 * Lenient conversion of agent values: the upstream agents send numbers as strings and the other way round
 * (SPEC §8.16), and an update the server asked for must not be refused for that (SPEC §8.8). Only a number
 * that does not fit its column is refused (issue 16).
 */
final class Coerce {

    private Coerce() {
    }

    /** Text cut to {@code max} characters; null becomes "". */
    static String text(Object value, int max) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof BigDecimal) {
            text = ((BigDecimal) value).stripTrailingZeros().toPlainString();
        } else if (value instanceof Boolean) {
            text = ((Boolean) value) ? "1" : "0";
        } else {
            text = value.toString();
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String nullableText(Object value, int max) {
        return value == null ? null : text(value, max);
    }

    /**
     * A whole number within its column's range, or {@code fallback} if the value is empty or not a number.
     *
     * @throws org.ocoj.api.server.RequestException naming {@code field} if the number is out of range
     */
    static long number(Object value, long fallback, long min, long max, String field) {
        Long number = JsonNumbers.whole(value, min, max, field);
        return number == null ? fallback : number;
    }

    static boolean flag(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Number) {
            return ((Number) value).intValue() != 0;
        }
        return value instanceof String && (value.equals("1") || ((String) value).equalsIgnoreCase("true"));
    }
}
