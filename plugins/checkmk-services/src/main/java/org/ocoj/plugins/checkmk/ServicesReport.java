package org.ocoj.plugins.checkmk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code services} member of one hello (SPEC §6): {@code null} (no check directory), or a list of
 * {@code {"status", "name", "merics" | "metrics", "details"}}. Reading it costs one hash over the raw values;
 * entries are validated only when that hash differs from the stored one, so an unchanged list is never
 * parsed, and a bad entry is logged once per change rather than at every hello.
 */
final class ServicesReport {

    static final int MAX_NAME = 200;
    static final int MAX_METRICS = 2000;
    static final int MAX_DETAILS = 4000;
    static final int MAX_SERVICES = 1000;

    /** What the hello carried. */
    sealed interface Reading permits Absent, Malformed, Listed {
    }

    /** {@code services: null} or no member at all: nothing to store. */
    record Absent() implements Reading {
    }

    /** Not a list: ignored as a whole. */
    record Malformed(String reason) implements Reading {
    }

    /** A list, with the hash of its raw content. */
    record Listed(String hash, List<?> entries) implements Reading {
    }

    /** One valid service of the list. */
    record Service(String name, String nameHash, String reportedStatus, String metrics, String details,
                   StatusEvaluation evaluation) {

        /** Whether a stored row says the same: then no history row is written. */
        boolean reportsSameAs(String storedStatus, String storedMetrics, String storedDetails) {
            return reportedStatus.equals(storedStatus) && metrics.equals(storedMetrics) && details.equals(storedDetails);
        }
    }

    /** The valid services of a list and what was wrong with the others. */
    record Validated(List<Service> services, List<String> problems) {
    }

    private ServicesReport() {
    }

    static Reading read(Object value) {
        if (value == null) {
            return new Absent();
        }
        if (!(value instanceof List<?> entries)) {
            return new Malformed("services must be an array or null, not " + describe(value));
        }
        MessageDigest digest = sha256();
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> map) {
                for (String key : new String[] {"status", "name", "merics", "metrics", "details"}) {
                    digest.update(String.valueOf(map.get(key)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            } else {
                digest.update(("!" + entry).getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 1);
        }
        return new Listed(HexFormat.of().formatHex(digest.digest()), entries);
    }

    static Validated validate(List<?> entries) {
        List<Service> services = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = "services[" + i + "]";
            if (services.size() == MAX_SERVICES) {
                problems.add((entries.size() - i) + " entries after the first " + MAX_SERVICES + " valid ones");
                break;
            }
            try {
                Service service = service(entries.get(i), where);
                if (names.add(service.name())) {
                    services.add(service);
                } else {
                    problems.add(where + ".name '" + service.name() + "' appears more than once");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return new Validated(services, problems);
    }

    private static Service service(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + " must be an object, not " + describe(entry));
        }
        String name = text(map.get("name"), where + ".name");
        if (name.isBlank()) {
            throw new IllegalArgumentException(where + ".name is empty");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(where + ".name is " + name.length() + " characters long (at most "
                    + MAX_NAME + "): '" + name.substring(0, 40) + "…'");
        }
        Object statusValue = map.get("status");
        if (statusValue == null) {
            throw new IllegalArgumentException(where + ".status is missing");
        }
        String status = text(statusValue, where + ".status").trim();
        if (status.length() > 20) {
            status = status.substring(0, 20);
        }
        Object metricsValue = map.containsKey("merics") ? map.get("merics") : map.get("metrics");
        String metrics = metricsValue == null ? "-" : cutMetrics(text(metricsValue, where + ".merics").trim());
        String details = map.get("details") == null ? "" : text(map.get("details"), where + ".details");
        if (details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS - 1) + "…";
        }
        return new Service(name, hash(name), status, metrics, details, StatusEvaluation.of(status, metrics));
    }

    /** Strings as they are; numbers (a status sent as 0) as their text; anything else is an error. */
    private static String text(Object value, String what) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException(what + " must be a string, not " + describe(value));
    }

    /** Too many metrics: keep the whole ones that fit. */
    private static String cutMetrics(String metrics) {
        if (metrics.length() <= MAX_METRICS) {
            return metrics;
        }
        int cut = metrics.lastIndexOf('|', MAX_METRICS);
        return cut > 0 ? metrics.substring(0, cut) : "-";
    }

    static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value instanceof String ? "a string" : value == null ? "null" : "the value " + value;
    }
}
