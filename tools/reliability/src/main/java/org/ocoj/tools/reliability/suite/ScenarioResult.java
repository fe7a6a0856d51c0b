package org.ocoj.tools.reliability.suite;

import java.time.Duration;
import java.util.List;

/**
 * One row of the table.
 *
 * @param requests     requests the scenario sent (its load included)
 * @param acknowledged answered 2xx: what the server claims to have done
 * @param lost         acknowledged writes not found afterwards; null where the scenario writes nothing it can check
 * @param serverErrors answers with a 5xx status
 * @param recovery     time from the end of the fault until the server answered everything again; null without a fault
 * @param details      failed promises first, then what was observed — readable lines, never a secret
 */
public record ScenarioResult(String scenario, Verdict verdict, long requests, long acknowledged, Long lost,
                             long serverErrors, Duration recovery, Duration elapsed, List<String> details) {

    public ScenarioResult {
        details = List.copyOf(details);
    }

    public static ScenarioResult notAvailable(String scenario, String why) {
        return new ScenarioResult(scenario, Verdict.NOT_AVAILABLE, 0, 0, null, 0, null, Duration.ZERO, List.of(why));
    }

    public static ScenarioResult error(String scenario, Duration elapsed, String why) {
        return new ScenarioResult(scenario, Verdict.ERROR, 0, 0, null, 0, null, elapsed, List.of(why));
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    public ScenarioResult withElapsed(Duration elapsed) {
        return new ScenarioResult(scenario, verdict, requests, acknowledged, lost, serverErrors, recovery, elapsed,
                details);
    }

    public ScenarioResult withNote(String note) {
        List<String> more = new java.util.ArrayList<>(details);
        more.add(note);
        return new ScenarioResult(scenario, verdict, requests, acknowledged, lost, serverErrors, recovery, elapsed,
                more);
    }

    /** The same result with every detail passed through {@code redact} (no secret may reach a report). */
    public ScenarioResult redacted(java.util.function.UnaryOperator<String> redact) {
        return new ScenarioResult(scenario, verdict, requests, acknowledged, lost, serverErrors, recovery, elapsed,
                details.stream().map(redact).toList());
    }

    /** The verdict and every detail line, for test failure messages and the log. */
    public String describe() {
        return scenario + ": " + verdict.text() + " (" + requests + " requests, " + acknowledged + " acknowledged, "
                + (lost == null ? "-" : lost) + " lost, " + serverErrors + " 5xx)"
                + (details.isEmpty() ? "" : "\n  " + String.join("\n  ", details));
    }
}
