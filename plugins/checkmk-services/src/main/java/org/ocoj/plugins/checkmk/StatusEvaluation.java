package org.ocoj.plugins.checkmk;

import java.util.ArrayList;
import java.util.List;

/**
 * The state the server stores for a reported status (SPEC §6): {@code 0}–{@code 3} as they are; {@code P}
 * computed from the metrics' levels as CheckMK does (upper levels: value ≥ level; lower levels: value &lt;
 * level; the worst metric wins); anything else UNKNOWN. The note says why, when the stored state is not
 * simply the reported one.
 */
record StatusEvaluation(Status status, String note) {

    static final String FROM_METRICS = "P";

    static StatusEvaluation of(String reportedStatus, String metrics) {
        String trimmed = reportedStatus.trim();
        if (trimmed.matches("[0-3]")) {
            return new StatusEvaluation(Status.of(Integer.parseInt(trimmed)), "");
        }
        if (!trimmed.equals(FROM_METRICS)) {
            return new StatusEvaluation(Status.UNKNOWN, "reported status '" + reportedStatus
                    + "' is not 0, 1, 2, 3 or P");
        }
        try {
            return fromLevels(Perfdata.parse(metrics));
        } catch (Perfdata.InvalidException e) {
            return new StatusEvaluation(Status.UNKNOWN, "P: cannot read the metrics: " + e.getMessage());
        }
    }

    private static StatusEvaluation fromLevels(Perfdata perfdata) {
        Status worst = Status.OK;
        List<String> reasons = new ArrayList<>();
        for (Perfdata.Metric metric : perfdata.metrics()) {
            Status crit = breach(metric, metric.crit(), Status.CRIT, reasons);
            Status status = crit == Status.CRIT ? crit : breach(metric, metric.warn(), Status.WARN, reasons);
            worst = worst.worse(status);
        }
        return new StatusEvaluation(worst, reasons.isEmpty() ? "P: all metrics within their levels"
                : "P: " + String.join(", ", reasons));
    }

    private static Status breach(Perfdata.Metric metric, Perfdata.Levels levels, Status level, List<String> reasons) {
        String kind = level == Status.CRIT ? "critical" : "warning";
        if (levels.upper() != null && metric.value() >= levels.upper()) {
            reasons.add(metric.name() + " " + number(metric.value()) + " ≥ " + kind + " level " + number(levels.upper()));
            return level;
        }
        if (levels.lower() != null && metric.value() < levels.lower()) {
            reasons.add(metric.name() + " " + number(metric.value()) + " < " + kind + " level " + number(levels.lower()));
            return level;
        }
        return Status.OK;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
