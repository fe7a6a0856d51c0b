package org.ocoj.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A health check that probes at most once per {@code maxAge} and never makes a caller wait longer than
 * {@code waitLimit}: load balancers poll often and from several places, and a probe against a frozen dependency
 * must neither pile up threads nor hang the poller. While one probe runs, other callers get the last outcome;
 * a probe that outlives the wait limit counts as a failure until it finishes.
 */
final class CachedCheck {

    /** {@code problem} empty means healthy; {@code at} is when this was learned (clock millis). */
    record Outcome(Optional<String> problem, long at) {
        boolean healthy() {
            return problem.isEmpty();
        }
    }

    private final Supplier<Optional<String>> probe;
    private final Executor executor;
    private final Clock clock;
    private final long maxAgeMillis;
    private final long waitLimitMillis;
    private final Object lock = new Object();
    private Outcome last;
    private CompletableFuture<Outcome> running;

    /** @param probe says what is wrong, or empty when all is well; may throw (counts as the problem) */
    CachedCheck(Supplier<Optional<String>> probe, Executor executor, Clock clock, Duration maxAge,
                Duration waitLimit) {
        this.probe = probe;
        this.executor = executor;
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.waitLimitMillis = waitLimit.toMillis();
    }

    Outcome current() {
        CompletableFuture<Outcome> probing;
        boolean started = false;
        synchronized (lock) {
            if (last != null && clock.millis() - last.at() < maxAgeMillis) {
                return last;
            }
            if (running != null && last != null) {
                return last; // someone is already asking: do not pile up behind a hanging dependency
            }
            if (running == null) {
                running = new CompletableFuture<>();
                started = true;
            }
            probing = running;
        }
        if (started) {
            CompletableFuture<Outcome> mine = probing;
            executor.execute(() -> finish(mine, runProbe()));
        }
        try {
            return probing.get(waitLimitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return timedOut(probing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Optional.of("interrupted while checking"), clock.millis());
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // runProbe catches everything; cannot happen
        }
    }

    private Outcome runProbe() {
        Optional<String> problem;
        try {
            problem = probe.get();
        } catch (RuntimeException e) {
            problem = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new Outcome(problem, clock.millis());
    }

    private void finish(CompletableFuture<Outcome> probing, Outcome outcome) {
        synchronized (lock) {
            last = outcome;
            running = null;
        }
        probing.complete(outcome);
    }

    private Outcome timedOut(CompletableFuture<Outcome> probing) {
        Outcome outcome = new Outcome(Optional.of("no answer within " + waitLimitMillis + " ms"), clock.millis());
        synchronized (lock) {
            if (running != probing) {
                return last; // it finished meanwhile: its answer is the better one
            }
            last = outcome;
        }
        return outcome;
    }
}
