package org.ocoj.platform.computer;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code oco_computers} and {@code oco_computers_online} (contact within {@code computer.offline-seconds}): the
 * dashboard's counts, for the whole installation (every node reports the same). A scrape never waits for the
 * database: it reads the last count, which a background task renews every {@link #EVERY_SECONDS} s — only while
 * someone scrapes (within the last minute), so a node nobody watches does not count. NaN until the first count.
 */
@ApplicationScoped
public class ComputerMetrics {

    static final long EVERY_SECONDS = 10;
    private static final long WATCHED_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(ComputerMetrics.class.getName());

    @Inject
    MetricRegistry registry;
    @Inject
    ComputerPage computers;
    @Inject
    Clock clock;
    @Resource
    ManagedScheduledExecutorService executor;

    private volatile Map<String, Object> counts = Map.of();
    private volatile long askedAt;
    private ScheduledFuture<?> task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // the gauges run on Payara's metrics threads: they only read fields, never a CDI proxy or the database
        registry.gauge(Metadata.builder().withName("oco_computers")
                .withDescription("Computers registered (all nodes)").build(), () -> count("total"));
        registry.gauge(Metadata.builder().withName("oco_computers_online")
                .withDescription("Computers whose agent made contact within computer.offline-seconds (all nodes)")
                .build(), () -> count("online"));
        task = executor.scheduleWithFixedDelay(this::recount, 1, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    private double count(String key) {
        askedAt = clock.millis();
        Object value = counts.get(key);
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    private void recount() {
        if (clock.millis() - askedAt > WATCHED_MILLIS) {
            return;
        }
        try {
            counts = computers.summary();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Counting computers for the metrics failed", e); // /health/ready tells about the database
            counts = Map.of(); // NaN rather than an old count as if it were new
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
