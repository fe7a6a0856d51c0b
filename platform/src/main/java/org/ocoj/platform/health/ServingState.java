package org.ocoj.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Whether this node takes requests: {@link Phase#STARTING} until start-up (migrations, plugins) is done,
 * {@link Phase#SERVING} then, {@link Phase#DRAINING} from the stop signal on ({@link Drain}). Also counts the
 * requests in flight, so a stop can wait for them ({@link org.ocoj.platform.http.ServingFilter} keeps the count).
 */
@ApplicationScoped
public class ServingState {

    /** The node's phase; only {@link #SERVING} takes agent, client API and UI requests. */
    public enum Phase {
        STARTING("the server is starting"),
        SERVING(""),
        DRAINING("the server is shutting down");

        private final String reason;

        Phase(String reason) {
            this.reason = reason;
        }

        /** Why requests are refused in this phase, for the caller, e.g. "the server is starting". */
        public String reason() {
            return reason;
        }
    }

    private static final long POLL_MILLIS = 20;

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile Phase phase = Phase.STARTING;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event, MetricRegistry registry) {
        registry.gauge(Metadata.builder().withName("oco_requests_in_flight")
                .withDescription("Requests this node is working on (agent, client API, UI)").build(), inFlight,
                AtomicInteger::get);
    }

    /**
     * This bean itself rather than its CDI proxy, for callers on the hot path or on container threads (an async
     * request's completion), where a proxy costs a lookup or lacks the application's class loader.
     */
    public ServingState instance() {
        return this;
    }

    public Phase phase() {
        return phase;
    }

    /** Start-up is complete: the database is migrated and the plugins are loaded. */
    public void serving() {
        if (phase == Phase.STARTING) {
            phase = Phase.SERVING;
        }
    }

    /** From now on new requests are refused (503) and readiness is DOWN; requests in flight go on. */
    public void draining() {
        phase = Phase.DRAINING;
    }

    /** Called by {@link org.ocoj.platform.http.ServingFilter} for every request it lets through. */
    public void requestStarted() {
        inFlight.incrementAndGet();
    }

    public void requestEnded() {
        inFlight.decrementAndGet();
    }

    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Waits until no request is in flight, at most {@code limit}; returns how many are still in flight (0: all
     * done). Polls: only a stop waits, and a counter without a monitor keeps every request cheap.
     */
    public int awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        return inFlight.get();
    }
}
