package org.ocoj.platform.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.ocoj.api.server.RequestException;

/**
 * Numbers from a request checked against the column they go to before they are converted: a value out of
 * range is the client's error (400 naming the field), never a database error or a silent wrap-around.
 * Comparing first also keeps conversion cheap: {@code new BigDecimal("1e999999999").longValue()} would build
 * a billion-digit integer.
 */
public final class JsonNumbers {

    /** The range of an SQL INT column. */
    public static final long INT_MIN = Integer.MIN_VALUE;
    public static final long INT_MAX = Integer.MAX_VALUE;

    private JsonNumbers() {
    }

    /**
     * A whole number within {@code min..max} (a decimal is cut towards zero, as before); a string holding a
     * number counts as that number (upstream agents send either).
     *
     * @param field how the value is named in the error, e.g. {@code params.data.partitions[2].size}
     * @return null if the value is not a number at all (the caller decides what that means)
     * @throws RequestException if it is a number outside {@code min..max}
     */
    public static Long whole(Object value, long min, long max, String field) {
        BigDecimal number = decimal(value);
        if (number == null) {
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw RequestException.invalid(field + " is out of range: it must be a whole number from " + min
                    + " to " + max);
        }
        return number.longValue();
    }

    /**
     * A finite floating-point number.
     *
     * @return null if the value is not a number
     * @throws RequestException if it is too large for a double
     */
    public static Double finite(Object value, String field) {
        BigDecimal number = decimal(value);
        if (number == null) {
            return null;
        }
        double d = number.doubleValue(); // cheap: the exponent was bounded when the number was read
        if (!Double.isFinite(d)) {
            throw RequestException.invalid(field + " is out of range for a floating-point number");
        }
        return d;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof String) {
            String text = ((String) value).trim();
            if (text.isEmpty() || text.length() > JsonLimits.MAX_NUMBER_LENGTH) {
                return null;
            }
            try {
                return new BigDecimal(text); // parsing is linear in the text; only expanding it is not
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
