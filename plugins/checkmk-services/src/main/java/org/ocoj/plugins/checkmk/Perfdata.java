package org.ocoj.plugins.checkmk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CheckMK metrics ("perfdata") as local checks print them: {@code name=value;warn;crit;min;max} joined by
 * {@code |}, or {@code -} for none. {@code value} may carry a unit ({@code 25.3C}, {@code 90%}); a level is a
 * number (an upper level) or {@code lower:upper}, either side optional.
 */
record Perfdata(List<Metric> metrics) {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)(.*)");

    /** Levels: warn/crit as lower and upper bounds; null where not given. */
    record Levels(Double lower, Double upper) {
        static final Levels NONE = new Levels(null, null);
    }

    record Metric(String name, double value, String unit, Levels warn, Levels crit, Double min, Double max) {
    }

    /** Metrics that cannot be read, with the reason. */
    static final class InvalidException extends Exception {
        InvalidException(String message) {
            super(message);
        }
    }

    static Perfdata parse(String text) throws InvalidException {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return new Perfdata(List.of());
        }
        List<Metric> metrics = new ArrayList<>();
        for (String part : trimmed.split("\\|")) {
            if (!part.isBlank()) {
                metrics.add(metric(part.trim()));
            }
        }
        return new Perfdata(List.copyOf(metrics));
    }

    private static Metric metric(String text) throws InvalidException {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new InvalidException("'" + text + "' is not name=value");
        }
        String name = text.substring(0, equals);
        String[] fields = text.substring(equals + 1).split(";", -1);
        Matcher value = NUMBER_WITH_UNIT.matcher(fields[0].trim());
        if (!value.matches()) {
            throw new InvalidException("the value of " + name + " ('" + fields[0] + "') is not a number");
        }
        return new Metric(name, Double.parseDouble(value.group(1)), value.group(2).trim(),
                levels(name, field(fields, 1)), levels(name, field(fields, 2)),
                number(name, field(fields, 3)), number(name, field(fields, 4)));
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].trim() : "";
    }

    private static Levels levels(String name, String text) throws InvalidException {
        if (text.isEmpty()) {
            return Levels.NONE;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Levels(null, number(name, text));
        }
        return new Levels(number(name, text.substring(0, colon)), number(name, text.substring(colon + 1)));
    }

    private static Double number(String name, String text) throws InvalidException {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equals("~")) {
            return null;
        }
        Matcher matcher = NUMBER_WITH_UNIT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new InvalidException("a level of " + name + " ('" + text + "') is not a number");
        }
        return Double.parseDouble(matcher.group(1));
    }
}
