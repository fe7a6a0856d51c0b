package org.ocoj.platform.metrics;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The latency timers of one API, labelled by {@code method} and {@code outcome}. A timer is looked up in the
 * registry once per method and outcome and kept, so a request costs a map lookup and the timer's update. Only
 * methods the server knows get a label of their own; anything else (a typo, garbage from the network) is counted
 * as {@code other}, so no caller can grow the number of series.
 */
public final class RequestTimers {

    public static final String OTHER = "other";
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final MetricRegistry registry;
    private final Metadata metadata;
    private final Predicate<String> known;
    private final ConcurrentMap<String, AtomicReferenceArray<Timer>> byMethod = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<Timer> other;

    /** @param known whether a method name is one the server answers (asked once per new name) */
    public RequestTimers(MetricRegistry registry, Metadata metadata, Predicate<String> known) {
        this.registry = registry;
        this.metadata = metadata;
        this.known = known;
        this.other = new AtomicReferenceArray<>(OUTCOMES.length);
    }

    /** Creates the series of a method's successful requests now, so they read 0 before the first request. */
    public void declare(String method) {
        timer(method, Outcome.OK);
    }

    public void record(String method, Outcome outcome, long nanos) {
        timer(method, outcome).update(Duration.ofNanos(nanos));
    }

    private Timer timer(String method, Outcome outcome) {
        AtomicReferenceArray<Timer> timers = method == null ? other : byMethod.get(method);
        String label = method;
        if (timers == null) {
            if (known.test(method)) {
                timers = byMethod.computeIfAbsent(method, m -> new AtomicReferenceArray<>(OUTCOMES.length));
            } else {
                timers = other;
            }
        }
        if (timers == other) {
            label = OTHER;
        }
        Timer timer = timers.get(outcome.ordinal());
        if (timer == null) { // the registry hands out one timer per name and tags: a race creates nothing twice
            String name = label;
            timer = MetricRegistration.serially(() -> registry.timer(metadata, new Tag("method", name),
                    new Tag("outcome", outcome.label())));
            timers.set(outcome.ordinal(), timer);
        }
        return timer;
    }
}
