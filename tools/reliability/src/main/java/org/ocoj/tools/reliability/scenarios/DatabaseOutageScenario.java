package org.ocoj.tools.reliability.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.reliability.agents.BackgroundLoad;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.DatabaseControl;
import org.ocoj.tools.reliability.target.Target;

/**
 * The database goes away under agents' updates: frozen (SIGSTOP: connections open, nothing answers — a hung or
 * partitioned host) or stopped cleanly for maintenance. While it is away, requests are answered (503, JSON)
 * within a bound instead of hanging, {@code /health/ready} says 503, and each failure costs the log about a line;
 * when it is back the server recovers by itself, and no acknowledged update is lost.
 */
public final class DatabaseOutageScenario implements Scenario {

    /** No request may wait longer than this for a database that does not answer. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
    static final Duration RECOVER_WITHIN = Duration.ofSeconds(30);
    /** Log records a failed request may cost on average, plus background jobs' own complaints. */
    static final int RECORDS_PER_FAILURE = 2;
    static final int RECORDS_ALLOWANCE = 30;
    /** Stack traces per minute: one per distinct cause per minute, not one per request. */
    static final int STACK_TRACES_PER_MINUTE = 10;

    private final boolean freeze;

    private DatabaseOutageScenario(boolean freeze) {
        this.freeze = freeze;
    }

    public static DatabaseOutageScenario frozen() {
        return new DatabaseOutageScenario(true);
    }

    public static DatabaseOutageScenario stopped() {
        return new DatabaseOutageScenario(false);
    }

    @Override
    public String name() {
        return freeze ? "db-frozen" : "db-stopped";
    }

    @Override
    public String promise() {
        return (freeze ? "the database's mariadbd frozen (SIGSTOP) for 60 s" : "MariaDB stopped for 30 s") + " under updates: answers "
                + "within " + ANSWER_WITHIN.toSeconds() + " s (503, JSON), /health/ready 503, about a log line per "
                + "failure, recovery within " + RECOVER_WITHIN.toSeconds() + " s, no acknowledged update lost";
    }

    @Override
    public Optional<String> unavailable(Target target) {
        if (target.databaseControl().isEmpty()) {
            return Optional.of("needs a database of the suite's own to " + (freeze ? "freeze" : "stop")
                    + " (the mariadb run, or the embedded mariadbd)");
        }
        if (!freeze && !target.databaseControl().get().canStop()) {
            return Optional.of("the server runs this database itself and starts it again: no outage to time");
        }
        return Optional.empty();
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        DatabaseControl database = target.databaseControl().orElseThrow();
        Duration outage = Duration.ofSeconds(freeze ? size.pick(60, 20) : size.pick(30, 10));
        try (Fleet fleet = new Fleet(target, name())) {
            BackgroundLoad load = BackgroundLoad.start(target, Mode.CHANGED_UPDATE, size.pick(16, 6), 4,
                    outage.plus(RECOVER_WITHIN).plusSeconds(20), Duration.ofSeconds(120));
            ServerLog log;
            long probeFailures;
            long minutes;
            try (OutageProbes probes = new OutageProbes(target, fleet, outcome.tally())) {
                Thread.sleep(3_000);
                int logMark = target.log().get().length();
                long from = probes.now();
                long to;
                fault(database);
                try {
                    Thread.sleep(outage.toMillis());
                } finally {
                    to = probes.now();
                    repair(database);
                }
                long recovered = probes.awaitRecovery(to, RECOVER_WITHIN.plusSeconds(60));
                judge(outcome, probes, from, to, recovered);
                String text = target.log().get();
                log = new ServerLog(text.length() >= logMark ? text.substring(logMark) : text);
                minutes = Math.max(1, (probes.now() - from + 59_999) / 60_000);
                probeFailures = probes.started(from, to).stream().filter(s -> s.status() != 200).count();
            }
            RunResult updates = load.finish(outcome);
            long failures = probeFailures + updates.total().errorCount();
            outcome.observe("server log during the outage and recovery: " + log.records() + " records, "
                    + log.stackTraces() + " stack traces, " + log.lines() + " lines for " + failures + " failed requests");
            outcome.expect(log.records() <= RECORDS_PER_FAILURE * failures + RECORDS_ALLOWANCE,
                    "about one log record per failed request", log.records() + " records for " + failures
                            + " failed requests");
            outcome.expect(log.stackTraces() <= STACK_TRACES_PER_MINUTE * minutes, "at most "
                    + STACK_TRACES_PER_MINUTE + " stack traces a minute", log.stackTraces() + " in " + minutes + " min");
        }
        return outcome.result();
    }

    /** A piece of the server's log: records (lines that start with a date) and stack traces in it. */
    record ServerLog(String text) {
        private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2} .*");

        long lines() {
            return text.lines().count();
        }

        long records() {
            return text.lines().filter(line -> RECORD.matcher(line).matches()).count();
        }

        /** Records that carry a stack trace (one or more {@code at} lines before the next record). */
        long stackTraces() {
            long traces = 0;
            boolean counted = true;
            for (String line : (Iterable<String>) text.lines()::iterator) {
                if (RECORD.matcher(line).matches()) {
                    counted = false;
                } else if (!counted && line.startsWith("\tat ")) {
                    traces++;
                    counted = true;
                }
            }
            return traces;
        }
    }

    private void fault(DatabaseControl database) throws InterruptedException {
        if (freeze) {
            database.freeze();
        } else {
            database.stop();
        }
    }

    private void repair(DatabaseControl database) throws InterruptedException {
        if (freeze) {
            database.thaw();
        } else {
            database.start();
        }
    }

    private static void judge(Outcome outcome, OutageProbes probes, long from, long to, long recovered) {
        List<OutageProbes.Sample> during = probes.started(from, to);
        long slowest = during.stream().mapToLong(OutageProbes.Sample::millis).max().orElse(0);
        outcome.expect(slowest <= ANSWER_WITHIN.toMillis(), "every request during the outage is answered within "
                + ANSWER_WITHIN.toSeconds() + " s", "the slowest took " + slowest / 1000 + " s");
        List<OutageProbes.Sample> wrong = during.stream().filter(s -> s.status() >= 500 && s.status() != 503).toList();
        outcome.expect(wrong.isEmpty(), "failures are 503, never 500", wrong.size() + " answers like HTTP "
                + (wrong.isEmpty() ? "" : wrong.get(0).status() + " " + wrong.get(0).body()));
        List<OutageProbes.Sample> api = probes.started(OutageProbes.CLIENT_API, from, to).stream()
                .filter(s -> s.status() != 200 && s.status() > 0).toList();
        outcome.expect(api.stream().allMatch(OutageProbes.Sample::json), "client API errors are JSON",
                api.stream().filter(s -> !s.json()).findFirst().map(s -> "HTTP " + s.status() + " " + s.body()).orElse(""));
        // the server needs its timeouts to notice: judge readiness from 15 s (or half the outage) into it on, by
        // the answers given before the database was back (a ping that waited across the repair may rightly say UP)
        List<OutageProbes.Sample> ready = probes.started(OutageProbes.READY, from + Math.min(15_000, (to - from) / 2), to)
                .stream().filter(s -> s.startMillis() + s.millis() <= to).toList();
        outcome.expect(!ready.isEmpty() && ready.stream().allMatch(s -> s.status() == 503),
                "/health/ready answers 503 while the database is away", ready.isEmpty() ? "no probe finished"
                        : "answers " + ready.stream().map(s -> String.valueOf(s.status())).distinct().toList());
        for (String kind : List.of(OutageProbes.HELLO, OutageProbes.CLIENT_API, OutageProbes.READY)) {
            List<OutageProbes.Sample> samples = probes.started(kind, from, to);
            outcome.observe("during the outage, " + kind + ": " + samples.size() + " requests, slowest "
                    + samples.stream().mapToLong(OutageProbes.Sample::millis).max().orElse(0) + " ms, statuses "
                    + samples.stream().map(s -> String.valueOf(s.status())).distinct().sorted().toList());
        }
        if (recovered >= 0) {
            outcome.recovery(Duration.ofMillis(recovered));
        }
        outcome.expect(recovered >= 0 && recovered <= RECOVER_WITHIN.toMillis(), "the server recovers within "
                + RECOVER_WITHIN.toSeconds() + " s of the database's return", recovered < 0 ? "not within "
                + (RECOVER_WITHIN.toSeconds() + 60) + " s" : recovered + " ms");
    }
}
