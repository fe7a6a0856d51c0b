package org.ocoj.platform.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ocoj.api.server.ScheduledJob;

/**
 * Every node, every {@code OCO_ACTIVITY_INTERVAL} seconds: adds the check-ins and inventory updates it counted to
 * the activity series. They go to the minute in the middle of the interval they were counted in; a write that fails
 * keeps them for the next one.
 */
@ApplicationScoped
public class ActivityCountsJob implements ScheduledJob {

    @Inject
    ActivityCounters counters;
    @Inject
    ActivitySeries series;
    @Inject
    Clock clock;

    @Override
    public String name() {
        return "activity-counts";
    }

    @Override
    public Duration interval() {
        return series.interval();
    }

    @Override
    public boolean oncePerCluster() {
        return false; // each node writes its own counts
    }

    @Override
    public void run() {
        ActivityCounters.Counts counts = counters.take();
        if (counts.none()) {
            return;
        }
        LocalDateTime middle = LocalDateTime.now(clock).minus(interval().dividedBy(2));
        try {
            series.addCounts(ActivitySeries.minuteOf(middle), counts);
        } catch (RuntimeException e) {
            counters.giveBack(counts);
            throw e;
        }
    }
}
