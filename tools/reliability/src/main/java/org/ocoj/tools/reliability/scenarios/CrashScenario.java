package org.ocoj.tools.reliability.scenarios;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ocoj.tools.loadgen.crash.CrashReport;
import org.ocoj.tools.loadgen.crash.KillTarget;
import org.ocoj.tools.reliability.server.ServerUnderTest;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.suite.Verdict;
import org.ocoj.tools.reliability.target.Target;

/**
 * {@code kill -9} of the whole service (launcher, JVM and, on the embedded default, its mariadbd) under mixed
 * load — registrations, hellos, first and changed updates, event batches — then a restart and a check of
 * everything acknowledged, round after round ({@code --crash-rounds}). Runs the crash tool of tools/loadgen
 * ({@code org.ocoj.tools.loadgen.crash}) on a server of its own from the same bundle; on MariaDB it uses a
 * throw-away database in the suite's own mariadbd (which is not killed).
 */
public final class CrashScenario implements Scenario {

    private static final Duration ROUND_LIMIT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "crash-kill9";
    }

    @Override
    public String promise() {
        return "kill -9 of the service under mixed load, restart, N rounds: it starts every time, nothing "
                + "acknowledged is lost, no issued key is lost";
    }

    /**
     * Each round is a load phase, a kill, a restart and the verification: 75–100 s on a busy 2-core machine, so
     * the suite's fixed ten minutes would stop five rounds half-way.
     */
    @Override
    public Duration limit(Size size) {
        return ROUND_LIMIT.multipliedBy(size.crashRounds()).plusMinutes(2);
    }

    @Override
    public Optional<String> unavailable(Target target) {
        if (target.server().isEmpty()) {
            return Optional.of("needs the server bundle to start servers of its own (the command-line run)");
        }
        if (ServerUnderTest.MARIADB.equals(target.database())
                && target.databaseControl().flatMap(d -> d.serverUrl()).isEmpty()) {
            return Optional.of("needs a database server of the suite's own (the mariadb run)");
        }
        return Optional.empty();
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        boolean mariadb = ServerUnderTest.MARIADB.equals(target.database());
        Path work = Files.createTempDirectory("oco-reliability-crash-");
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        org.ocoj.tools.loadgen.crash.CrashScenario crash = new org.ocoj.tools.loadgen.crash.CrashScenario(
                target.server().orElseThrow().bundle(),
                mariadb ? org.ocoj.tools.loadgen.crash.CrashScenario.Database.MARIADB
                        : org.ocoj.tools.loadgen.crash.CrashScenario.Database.EMBEDDED,
                target.databaseControl().flatMap(d -> d.serverUrl()).orElse(null), size.crashRounds(), 40, 10, 16,
                Duration.ofSeconds(2), Duration.ofSeconds(6), KillTarget.GROUP, size.seed(), work,
                new PrintStream(output, true, StandardCharsets.UTF_8));
        CrashReport report = crash.run();
        outcome.tally().add(report.requests(), report.acknowledged(), report.serverErrors(), report.inDoubt());
        outcome.lost(report.lost());
        outcome.recovery(report.maxRestart());
        outcome.expect(report.kills() == size.crashRounds(), "the server starts after every kill", report.kills()
                + " of " + size.crashRounds() + " rounds done");
        outcome.expect(report.lost() == 0, "nothing acknowledged is lost", report.lost() + " lost: "
                + String.join("; ", report.problems().subList(0, Math.min(5, report.problems().size()))));
        outcome.expect(report.problems().isEmpty(), "every check after a restart passes",
                String.join("; ", report.problems().subList(0, Math.min(5, report.problems().size()))));
        outcome.observe(report.kills() + " kills: " + report.requests() + " requests, " + report.acknowledged()
                + " acknowledged, " + report.inDoubt() + " cut off by a crash (in doubt), restart median "
                + report.medianRestart().toMillis() + " ms, max " + report.maxRestart().toMillis() + " ms (the "
                + "recovery column); server log " + work.resolve("server.log"));
        ScenarioResult result = outcome.result();
        if (result.verdict() != Verdict.PASS) {
            String log = output.toString(StandardCharsets.UTF_8);
            List<String> lines = log.lines().toList();
            result = result.withNote("crash tool output (last lines): " + String.join(" / ",
                    lines.subList(Math.max(0, lines.size() - 8), lines.size())));
        }
        return result;
    }
}
