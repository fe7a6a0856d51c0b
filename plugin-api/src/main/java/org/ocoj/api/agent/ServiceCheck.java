package org.ocoj.api.agent;

import java.util.Objects;

/**
 * One service-check result as the agent sends it in {@code services} of every hello (SPEC §6): the
 * CheckMK local-check fields, uninterpreted. The agent writes it as
 * {@code {"status": …, "name": …, "merics": …, "details": …}} — upstream's spelling of the metrics key.
 *
 * @param status  {@code "0"} OK, {@code "1"} WARN, {@code "2"} CRIT, {@code "3"} UNKNOWN, or {@code "P"}
 *                (the server computes the state from the metrics' thresholds)
 * @param name    the service name, may contain spaces; the server accepts at most 200 characters
 * @param metrics CheckMK perfdata such as {@code load=0.7;1;2|users=3}, or {@code "-"} for none
 * @param details the status text; may contain line breaks (first line = summary)
 */
public record ServiceCheck(String status, String name, String metrics, String details) {

    public static final String OK = "0";
    public static final String WARN = "1";
    public static final String CRIT = "2";
    public static final String UNKNOWN = "3";
    /** "Compute the state from the metrics' thresholds" (CheckMK's {@code P}). */
    public static final String FROM_METRICS = "P";
    /** {@link #metrics} when there are none. */
    public static final String NO_METRICS = "-";

    public ServiceCheck {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(details, "details");
    }

    /** An UNKNOWN result that explains why a check could not be evaluated (timeout, parse error …). */
    public static ServiceCheck unknown(String name, String why) {
        return new ServiceCheck(UNKNOWN, name, NO_METRICS, why);
    }
}
