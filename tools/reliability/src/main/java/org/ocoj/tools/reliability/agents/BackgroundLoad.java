package org.ocoj.tools.reliability.agents;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ocoj.tools.loadgen.run.LoadRun;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.loadgen.run.RunSettings;
import org.ocoj.tools.loadgen.stats.ErrorKind;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.target.Target;

/**
 * Agents at work while a scenario does its damage: a load generator run (pre-registered agents, prepared before
 * the fault) in a thread of its own. Its requests count into the scenario's tally, and — for modes that send
 * inventories — what the server stored is verified afterwards, so an acknowledged write that got lost shows.
 */
public final class BackgroundLoad {

    /**
     * Requests per second: a busy fleet (100k agents at one hello a minute is 1,700/s), kept lower so the suite
     * leaves the shared cores to the server.
     */
    private static final double RATE = 300;

    private final RunSettings settings;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final CountDownLatch measuring = new CountDownLatch(1);
    private final Thread thread;
    private volatile RunResult result;
    private volatile Throwable failure;

    private BackgroundLoad(Target target, Mode mode, int agents, int concurrency, Duration duration, Duration timeout) {
        boolean verify = mode.updatedFirst() || mode == Mode.FIRST_UPDATE_STORM;
        this.settings = new RunSettings(target.url(), mode, agents, concurrency, Duration.ZERO, duration,
                100_000_000, RATE, Duration.ofSeconds(5), timeout, true, target.credentials().registrationKey(),
                "rel-load-" + UUID.randomUUID().toString().substring(0, 6) + "-", null, target.clientApi(), verify,
                Duration.ofSeconds(10), null, new PrintStream(output, true, StandardCharsets.UTF_8));
        this.thread = new Thread(this::run, "background-load");
        this.thread.setDaemon(true);
    }

    /**
     * Starts {@code agents} agents in {@code mode} for {@code duration}; returns once they are prepared
     * (registered, first inventory sent) and the measured load has begun.
     */
    public static BackgroundLoad start(Target target, Mode mode, int agents, int concurrency, Duration duration,
                                       Duration timeout) throws InterruptedException {
        BackgroundLoad load = new BackgroundLoad(target, mode, agents, concurrency, duration, timeout);
        load.thread.start();
        while (!load.measuring.await(200, TimeUnit.MILLISECONDS)) {
            if (!load.thread.isAlive()) {
                throw new IllegalStateException("the agents' load did not start: " + load.describeFailure());
            }
        }
        return load;
    }

    private void run() {
        try {
            result = new LoadRun(settings).run(measuring::countDown);
        } catch (Throwable e) {
            failure = e;
        }
    }

    /**
     * Waits for the load to end (its duration, then the verification), counts its requests into the outcome and
     * its lost inventories as lost. @return the load generator's result
     */
    public RunResult finish(Outcome outcome) throws InterruptedException {
        thread.join(settings.duration().toMillis() + Duration.ofMinutes(5).toMillis());
        if (result == null) {
            throw new IllegalStateException("the agents' load did not finish: " + describeFailure());
        }
        long errors = result.total().errorCount();
        long serverErrors = 0;
        for (Map.Entry<String, Long> label : result.total().errorsByLabel().entrySet()) {
            if (label.getKey().startsWith("http 5")) {
                serverErrors += label.getValue();
            }
        }
        serverErrors += result.total().errors(ErrorKind.DEADLOCK);
        long unanswered = result.total().errors(ErrorKind.TIMEOUT) + result.total().errors(ErrorKind.CONNECTION);
        outcome.tally().add(result.total().requests(), result.total().requests() - errors, serverErrors, unanswered);
        if (result.verification() != null) {
            outcome.lost(result.verification().mismatched());
            outcome.expect(result.verification().ok(), "every acknowledged inventory is stored as sent",
                    result.verification().mismatched() + " of " + result.verification().checked() + " differ: "
                            + String.join("; ", result.verification().problems()));
        }
        outcome.observe("agents' load (" + settings.mode().option() + ", " + settings.agents() + " agents): "
                + result.total().requests() + " requests, " + errors + " failed"
                + (errors == 0 ? "" : " " + result.total().errorsByLabel()));
        return result;
    }

    private String describeFailure() {
        String text = output.toString(StandardCharsets.UTF_8);
        String tail = text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text;
        return (failure == null ? "" : failure + "\n") + tail;
    }
}
