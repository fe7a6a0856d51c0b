package org.ocoj.tools.loadgen.crash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a crash test found. {@code lost} counts acknowledged writes not found after a restart (a key refused, an
 * inventory that is not the acknowledged one, events missing); {@code problems} says which, and also names a
 * restart that failed.
 *
 * @param kills crashes survived (restarted and checked)
 * @param requests agent requests of the load
 * @param acknowledged of those, answered 200 (each must survive every later crash)
 * @param inDoubt requests a crash cut off: the server may or may not have kept them (either is correct)
 * @param serverErrors 5xx answers
 * @param restartTimes from launching the bundle again to its "ready" line, per crash
 */
public record CrashReport(String database, int kills, long requests, long acknowledged, long inDoubt, long lost,
        long serverErrors, List<Duration> restartTimes, List<String> problems) {

    /** Nothing lost, every restart worked. */
    public boolean ok() {
        return lost == 0 && problems.isEmpty();
    }

    public Duration medianRestart() {
        List<Duration> sorted = new ArrayList<>(restartTimes);
        sorted.sort(null);
        return sorted.isEmpty() ? Duration.ZERO : sorted.get(sorted.size() / 2);
    }

    public Duration maxRestart() {
        return restartTimes.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The result as a markdown table (header and one row). */
    public String table() {
        return "| database | kills | requests | acknowledged | in doubt | lost | 5xx | restart (median / max) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|\n"
                + String.format("| %s | %d | %d | %d | %d | %d | %d | %.1f s / %.1f s |%n", database, kills, requests,
                        acknowledged, inDoubt, lost, serverErrors, medianRestart().toMillis() / 1000.0,
                        maxRestart().toMillis() / 1000.0);
    }
}
