package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.ScheduledJob;
import org.pf4j.Extension;

/**
 * Marks services stale that have not been reported for {@code checkmk-services.stale-after-seconds}: those a
 * computer stopped sending, and all of a computer that stopped reporting. Runs every few seconds, once per
 * cluster; a run reads only the rows it changes (two indexed statements when there is nothing to do).
 */
@Extension
public class StalenessJob implements ScheduledJob {

    static final Duration INTERVAL = Duration.ofSeconds(5);

    private final PluginContext context;

    public StalenessJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "staleness";
    }

    @Override
    public Duration interval() {
        return INTERVAL;
    }

    @Override
    public void run() {
        Duration staleAfter = ServiceSettings.staleAfter(context.settings());
        LocalDateTime now = LocalDateTime.now(context.clock()).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime cutoff = now.minus(staleAfter);
        try (Connection c = context.dataSource().getConnection()) {
            int silent = ServiceMaintenance.releaseSilentComputers(c, cutoff);
            int stale = ServiceMaintenance.markStale(c, cutoff, now);
            if (stale > 0) {
                context.logger().info(stale + " service(s) not reported for " + staleAfter.toSeconds()
                        + " s are now stale" + (silent > 0 ? " (" + silent + " computer(s) stopped reporting)" : ""));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Marking stale services failed: " + e.getMessage(), e);
        }
    }
}
