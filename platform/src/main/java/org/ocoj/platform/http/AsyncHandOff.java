package org.ocoj.platform.http;

import jakarta.servlet.AsyncContext;
import java.lang.reflect.Method;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Calls {@link AsyncContext#dispatch()} or {@link AsyncContext#complete()} for a request whose body arrived on
 * another thread, safely. Payara (AsyncContextImpl) defers a dispatch or complete made while the request's first
 * pass is still "in scope" and runs it when that pass has returned — but without synchronisation: one made from
 * another thread at the very moment the first pass leaves can be lost, and the request then hangs for good (seen
 * in the end-to-end tests). So another thread waits until the first pass has left our filter and the container
 * has stopped deferring, checking again every {@value #RETRY_MILLIS} ms on the scheduler; the first pass's own
 * thread acts at once (the container handles that correctly).
 */
final class AsyncHandOff {

    private static final long RETRY_MILLIS = 2;
    /** Without a way to ask the container: how long after the first pass it may still defer (generous). */
    private static final long FALLBACK_QUIET_MILLIS = 50;
    private static final Method CONTAINER_DEFERS = containerDefers();

    private final AsyncContext async;
    private final ScheduledExecutorService scheduler;
    private final Thread firstPass = Thread.currentThread();
    private volatile long firstPassLeftNanos;

    /** Created on the request's first pass, right after startAsync. */
    AsyncHandOff(AsyncContext async, ScheduledExecutorService scheduler) {
        this.async = async;
        this.scheduler = scheduler;
    }

    /** The first pass is about to return from the filter. */
    void firstPassLeft() {
        firstPassLeftNanos = System.nanoTime();
    }

    /** Runs {@code action} (which dispatches or completes {@link #async}) as soon as that is safe. */
    void run(Runnable action) {
        boolean onFirstPass = Thread.currentThread() == firstPass && firstPassLeftNanos == 0;
        if (onFirstPass || (firstPassLeftNanos != 0 && !containerStillDefers())) {
            action.run();
        } else {
            scheduler.schedule(() -> run(action), RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private boolean containerStillDefers() {
        if (CONTAINER_DEFERS != null) {
            try {
                return (Boolean) CONTAINER_DEFERS.invoke(async);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // another AsyncContext implementation: fall back to waiting a while
            }
        }
        return System.nanoTime() - firstPassLeftNanos < TimeUnit.MILLISECONDS.toNanos(FALLBACK_QUIET_MILLIS);
    }

    private static Method containerDefers() {
        try {
            Method method = Class.forName("org.apache.catalina.connector.AsyncContextImpl")
                    .getDeclaredMethod("isDelayAsyncDispatchAndComplete");
            method.setAccessible(true);
            return method;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
