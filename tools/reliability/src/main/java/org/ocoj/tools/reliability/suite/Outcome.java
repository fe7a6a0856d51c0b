package org.ocoj.tools.reliability.suite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario measures while it runs: its {@link Tally}, the promises it checked and what it observed.
 * {@link #result} turns it into a table row whose verdict is PASS only if every checked promise held.
 */
public final class Outcome {

    private final String scenario;
    private final Tally tally = new Tally();
    private final List<String> broken = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private int promises;
    private Long lost;
    private Duration recovery;

    public Outcome(String scenario) {
        this.scenario = scenario;
    }

    public Tally tally() {
        return tally;
    }

    /** Checks one promise; a broken one makes the verdict FAIL and is listed first with {@code detail}. */
    public synchronized boolean expect(boolean held, String promise, String detail) {
        promises++;
        if (!held) {
            broken.add(promise + ": " + detail);
        }
        return held;
    }

    /** Something measured that is worth a line in the report, whatever the verdict. */
    public synchronized void observe(String line) {
        observed.add(line);
    }

    /** Acknowledged writes that were not found afterwards (adds up over several checks). */
    public synchronized void lost(long count) {
        lost = (lost == null ? 0 : lost) + count;
    }

    public synchronized void recovery(Duration time) {
        recovery = time;
    }

    public synchronized ScenarioResult result() {
        if (promises == 0) {
            return ScenarioResult.error(scenario, Duration.ZERO, "checked no promise: the scenario is broken");
        }
        List<String> details = new ArrayList<>(broken);
        details.addAll(observed);
        if (!tally.statuses().isEmpty()) {
            details.add("answers: " + tally.statuses());
        }
        return new ScenarioResult(scenario, broken.isEmpty() ? Verdict.PASS : Verdict.FAIL, tally.requests(),
                tally.acknowledged(), lost, tally.serverErrors(), recovery, Duration.ZERO, details);
    }
}
