package org.ocoj.dist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text exposition format (version 0.0.4, what {@code /metrics} serves): every
 * line must be a {@code # HELP}, a {@code # TYPE} or a sample of a family typed before it, names and labels must
 * have the allowed syntax, values must be numbers, and no series may appear twice. Any other line fails the parse
 * with its number — no Java parser of the format is published (the Prometheus client libraries only write it).
 */
final class PrometheusText {

    /** One sample: the series' name, its labels (sorted) and value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Map<String, List<String>> SUFFIXES = Map.of("counter", List.of("_total", ""),
            "gauge", List.of(""), "untyped", List.of(""), "summary", List.of("", "_count", "_sum", "_max"),
            "histogram", List.of("_bucket", "_count", "_sum", "_max"));

    private final Map<String, String> types = new HashMap<>();
    private final Set<String> series = new HashSet<>();
    private final Map<String, Sample> samples = new LinkedHashMap<>();

    private PrometheusText() {
    }

    /** The samples of {@code text}, keyed by {@link #key}; throws with the line that breaks the format. */
    static Map<String, Sample> parse(String text) {
        PrometheusText parser = new PrometheusText();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break; // the text ends with a line feed
            }
            try {
                parser.line(line);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return parser.samples;
    }

    private void line(String line) {
        Matcher type = TYPE.matcher(line);
        if (type.matches()) {
            if (types.put(type.group(1), type.group(2)) != null) {
                throw new IllegalArgumentException("a second TYPE for " + type.group(1));
            }
            return;
        }
        if (HELP.matcher(line).matches() || line.equals("# EOF")) { // # EOF ends the OpenMetrics variant
            return;
        }
        if (line.startsWith("#")) {
            throw new IllegalArgumentException("a comment that is neither HELP nor TYPE");
        }
        Matcher sample = SAMPLE.matcher(line);
        if (!sample.matches()) {
            throw new IllegalArgumentException("not a sample");
        }
        String name = sample.group(1);
        if (!typed(name)) {
            throw new IllegalArgumentException("no TYPE before the samples of " + name);
        }
        Map<String, String> labels = labels(sample.group(3) == null ? "" : sample.group(3));
        double value = value(sample.group(4));
        String key = key(name, labels);
        if (!series.add(key)) {
            throw new IllegalArgumentException("the series " + key + " appears twice");
        }
        samples.put(key, new Sample(name, labels, value));
    }

    private boolean typed(String name) {
        for (Map.Entry<String, List<String>> entry : SUFFIXES.entrySet()) {
            for (String suffix : entry.getValue()) {
                if (name.endsWith(suffix)
                        && entry.getKey().equals(types.get(name.substring(0, name.length() - suffix.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new TreeMap<>();
        Matcher label = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!label.find(at) || label.start() != at) {
                throw new IllegalArgumentException("bad labels at \"" + text.substring(at) + "\"");
            }
            String value = label.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
            if (labels.put(label.group(1), value) != null) {
                throw new IllegalArgumentException("the label " + label.group(1) + " twice");
            }
            at = label.end();
        }
        return labels;
    }

    private static double value(String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                if (!text.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
                    throw new IllegalArgumentException("not a number: " + text);
                }
                return Double.parseDouble(text);
        }
    }

    /** {@code name{a="x",b="y"}} with the labels sorted: how a test names one series. */
    static String key(String name, Map<String, String> labels) {
        StringBuilder key = new StringBuilder(name).append('{');
        new TreeMap<>(labels).forEach((label, value) -> key.append(label).append("=\"").append(value).append("\","));
        return key.append('}').toString();
    }
}
