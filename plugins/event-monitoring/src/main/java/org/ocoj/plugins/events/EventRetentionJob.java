package org.ocoj.plugins.events;

import java.time.Duration;
import java.time.LocalDateTime;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.ScheduledJob;
import org.pf4j.Extension;

/** Deletes events older than the retention setting; the platform runs it once per cluster. */
@Extension
public class EventRetentionJob implements ScheduledJob {

    private final PluginContext context;
    private final EventStore events;

    public EventRetentionJob(PluginContext context) {
        this.context = context;
        this.events = new EventStore(context.dataSource(), context.computers());
    }

    @Override
    public String name() {
        return "event-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, context.settings().getLong(EventSettings.PURGE_INTERVAL_SECONDS)));
    }

    @Override
    public void run() {
        long days = context.settings().getLong(EventSettings.RETENTION_DAYS);
        if (days <= 0) {
            return; // 0 or less: keep events forever
        }
        LocalDateTime before = LocalDateTime.now(context.clock()).minusDays(days);
        long deleted = events.purgeBefore(before);
        if (deleted > 0) {
            context.logger().info("event retention: deleted " + deleted + " event(s) older than " + days + " days");
        }
    }
}
