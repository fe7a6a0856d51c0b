package org.ocoj.agent.collect;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls into plugin code on daemon worker threads, each with its own time limit counted from the moment this
 * batch started (ARCHITECTURE 4). A call that throws or overruns is logged in one line and yields nothing;
 * closing interrupts whatever still runs.
 */
final class TimeLimitedCalls implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TimeLimitedCalls.class.getName());

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "collector");
        thread.setDaemon(true); // plugin code that ignores interruption must not keep the agent alive
        return thread;
    });
    private final long startedNanos = System.nanoTime();

    <T> Future<T> submit(Callable<T> call) {
        return executor.submit(call);
    }

    /**
     * The call's result, or empty when it failed, overran {@code limit} or returned null.
     *
     * @param what        the call in log lines, e.g. {@code collector linux-os}
     * @param consequence what a failure means, e.g. {@code sections [SOFTWARE] left out}
     */
    <T> Optional<T> await(String what, Future<T> future, Duration limit, String consequence) {
        long remaining = limit.toNanos() - (System.nanoTime() - startedNanos);
        try {
            T result = future.get(Math.max(remaining, 0), TimeUnit.NANOSECONDS);
            if (result == null) {
                LOG.warning(what + " returned null; " + consequence);
            }
            return Optional.ofNullable(result);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warning(what + " exceeded its time limit of " + limit.toMillis() + " ms; " + consequence);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warning(what + " failed: " + cause + "; " + consequence);
            LOG.log(Level.FINE, what + " stack trace", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            LOG.warning("interrupted while waiting for " + what);
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
