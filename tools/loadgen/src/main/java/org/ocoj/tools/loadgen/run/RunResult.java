package org.ocoj.tools.loadgen.run;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.ocoj.tools.loadgen.stats.ErrorKind;
import org.ocoj.tools.loadgen.stats.LatencyHistogram;
import org.ocoj.tools.loadgen.stats.RunStats;
import org.ocoj.tools.loadgen.verify.InventoryVerifier;

/**
 * What a run measured. {@code completedAgents} counts agents whose step fully succeeded (meaningful for the
 * once-per-agent modes: registrations, storm agents). {@code verification} is null when it was skipped.
 */
public record RunResult(Mode mode, long elapsedNanos, RunStats total, Map<String, RunStats> byMethod,
                        int completedAgents, RunStats preparation, InventoryVerifier.Result verification) {

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double requestsPerSecond() {
        return total.requests() / seconds();
    }

    public double agentsPerSecond() {
        return completedAgents / seconds();
    }

    /** No failed request and, if verified, every stored inventory as sent. */
    public boolean clean() {
        return total.errorCount() == 0 && (verification == null || verification.ok());
    }

    public long deadlocks() {
        return total.errors(ErrorKind.DEADLOCK);
    }

    void print(PrintStream out) {
        out.printf("%nloadgen result (%s): %d requests in %.1fs = %.1f req/s%s%n", mode.option(), total.requests(),
                seconds(), requestsPerSecond(), mode.oncePerAgent()
                        ? String.format(", %d agents done = %.1f agents/s", completedAgents, agentsPerSecond()) : "");
        out.printf("  %-18s %8s %9s %9s %9s %9s %9s %7s%n", "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "errors");
        line(out, "all", total);
        new TreeMap<>(byMethod).forEach((method, stats) -> line(out, method, stats));
        if (total.errorCount() > 0) {
            out.println("  errors by kind:");
            total.errorsByLabel().forEach((label, count) -> out.printf("    %-12s %7d  e.g. %s%n", label, count,
                    total.example(label)));
        }
        if (verification != null) {
            out.printf("  verification: %d inventories checked through the client API, %d differ%n",
                    verification.checked(), verification.mismatched());
            verification.problems().forEach(problem -> out.println("    " + problem));
        }
        out.println(clean() ? "loadgen: OK" : "loadgen: FAILED (errors or inventory differences above)");
    }

    private void line(PrintStream out, String name, RunStats stats) {
        LatencyHistogram h = stats.latency();
        out.printf("  %-18s %8d %9.1f %9.2f %9.2f %9.2f %9.2f %7d%n", name, stats.requests(),
                stats.requests() / seconds(), ms(h.percentileMicros(50)), ms(h.percentileMicros(95)),
                ms(h.percentileMicros(99)), ms(h.maxMicros()), stats.errorCount());
    }

    /** One row of the benchmark table: label | req/s | agents/s | p50 | p95 | p99 | max | errors | verified. */
    public String markdownRow(String label) {
        LatencyHistogram h = total.latency();
        String verified = verification == null ? "not checked"
                : verification.checked() + " checked, " + verification.mismatched() + " differ";
        return String.format("| %s | %d | %.0f | %s | %.1f | %.1f | %.1f | %.1f | %s | %s |", label,
                total.requests(), requestsPerSecond(), mode.oncePerAgent() ? String.format("%.0f", agentsPerSecond())
                        : "–", ms(h.percentileMicros(50)), ms(h.percentileMicros(95)), ms(h.percentileMicros(99)),
                ms(h.maxMicros()), errorText(), verified);
    }

    private String errorText() {
        if (total.errorCount() == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        total.errorsByLabel().forEach((label, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(count).append(' ').append(label));
        return text.toString();
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
