package org.ocoj.platform.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ocoj.api.server.ScheduledJob;
import org.ocoj.platform.computer.ComputerPage;

/**
 * Once per cluster, twice per {@code OCO_ACTIVITY_INTERVAL} (so no minute is skipped when runs drift): records how
 * many computers are online now in the current minute of the activity series, and deletes minutes older than
 * {@link ActivitySeries#RETENTION}.
 */
@ApplicationScoped
public class ActivityOnlineJob implements ScheduledJob {

    @Inject
    ComputerPage computers;
    @Inject
    ActivitySeries series;
    @Inject
    Clock clock;

    @Override
    public String name() {
        return "activity-online";
    }

    @Override
    public Duration interval() {
        return series.interval().dividedBy(2);
    }

    @Override
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock);
        // a job runs outside any client call: the count covers every computer
        long online = ((Number) computers.summary().get("online")).longValue();
        series.recordOnline(ActivitySeries.minuteOf(now), online);
        series.prune(now);
    }
}
