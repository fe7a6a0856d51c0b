package org.ocoj.tools.reliability.suite;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.target.ServerControl;
import org.ocoj.tools.reliability.target.Target;

/**
 * Runs scenarios one after another against one target, each within its share of the time budget. After each
 * one it checks that the server still answers; a server that does not is noted on that scenario's row and, when
 * the suite controls the process, restarted so the rest of the run still measures something.
 */
public final class SuiteRun {

    private static final Duration ANSWER_AGAIN_WITHIN = Duration.ofSeconds(30);

    private final Target target;
    private final Size size;
    private final PrintStream log;
    /** Why the server cannot be used any more (it did not start again), or null. */
    private String broken;

    public SuiteRun(Target target, Size size, PrintStream log) {
        this.target = target;
        this.size = size;
        this.log = log;
    }

    /** @param deadline {@link System#nanoTime()} after which no further scenario starts */
    public List<ScenarioResult> run(List<Scenario> scenarios, long deadline) throws InterruptedException {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                results.add(ScenarioResult.notAvailable(scenario.name(), "not run: the time budget was used up"));
                continue;
            }
            if (broken != null) {
                results.add(ScenarioResult.notAvailable(scenario.name(), "not run: " + broken));
                continue;
            }
            ScenarioResult result = runOne(scenario, Duration.ofNanos(Math.min(left, scenario.limit(size).toNanos())));
            result = scenario.skipsProbeAfterwards(target) ? result.withNote("the suite's admin account may be "
                    + "locked now: the server was not probed afterwards") : afterwards(result);
            log.printf("reliability [%s]: %s%n", target.database(), result.describe().replace("\n", "\n  "));
            results.add(result);
        }
        return results;
    }

    /**
     * One scenario in a thread of its own, so a scenario stuck on a wedged server cannot stop the run; its details
     * name secrets instead of showing them.
     */
    public ScenarioResult runOne(Scenario scenario, Duration limit) throws InterruptedException {
        return attempt(scenario, limit).redacted(target.secrets()::redact);
    }

    private ScenarioResult attempt(Scenario scenario, Duration limit) throws InterruptedException {
        Optional<String> unavailable = scenario.unavailable(target);
        if (unavailable.isPresent()) {
            return ScenarioResult.notAvailable(scenario.name(), unavailable.get());
        }
        log.printf("reliability [%s]: %s — %s%n", target.database(), scenario.name(), scenario.promise());
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scenario-" + scenario.name());
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            Future<ScenarioResult> running = thread.submit(() -> scenario.run(target, size));
            ScenarioResult result = running.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return result.withElapsed(Duration.ofNanos(System.nanoTime() - start));
        } catch (TimeoutException e) {
            return ScenarioResult.error(scenario.name(), limit, "did not finish within " + limit.toSeconds()
                    + " s (stopped)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return ScenarioResult.error(scenario.name(), Duration.ofNanos(System.nanoTime() - start),
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } finally {
            thread.shutdownNow();
        }
    }

    /** Notes (and, if it can, repairs) a server that stopped answering during the scenario. */
    private ScenarioResult afterwards(ScenarioResult result) throws InterruptedException {
        if (result.verdict() == Verdict.NOT_AVAILABLE) {
            return result;
        }
        Liveness liveness = new Liveness(target);
        if (liveness.awaitAnswering(ANSWER_AGAIN_WITHIN, null) != null) {
            return result;
        }
        String note = "the server did not answer within " + ANSWER_AGAIN_WITHIN.toSeconds() + " s after this scenario: "
                + String.join("; ", liveness.probe(null).failures());
        ScenarioResult failed = new ScenarioResult(result.scenario(),
                result.verdict() == Verdict.PASS ? Verdict.FAIL : result.verdict(), result.requests(),
                result.acknowledged(), result.lost(), result.serverErrors(), result.recovery(), result.elapsed(),
                result.details()).withNote(note);
        Optional<ServerControl> server = target.server();
        if (server.isPresent()) {
            try {
                server.get().kill9();
                Duration start = server.get().restart();
                return failed.withNote("restarted it (kill -9, ready after " + start.toSeconds() + " s) for the next "
                        + "scenarios");
            } catch (RuntimeException e) {
                String firstLine = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                broken = "the server did not start again after " + result.scenario() + " (" + firstLine + ")";
                return failed.withNote(broken);
            }
        }
        return failed;
    }
}
