package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.ScheduledJob;
import org.pf4j.Extension;

/**
 * Deletes service history older than {@code checkmk-services.history-retention-days}, and services that have
 * not been reported for that long (with their history). Hourly, once per cluster; 0 days keeps everything.
 */
@Extension
public class RetentionJob implements ScheduledJob {

    private final PluginContext context;

    public RetentionJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "history-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Duration retention = ServiceSettings.retention(context.settings());
        if (retention.isZero()) {
            return;
        }
        try (Connection c = context.dataSource().getConnection()) {
            int[] deleted = ServiceMaintenance.purge(c, LocalDateTime.now(context.clock()).minus(retention));
            if (deleted[0] + deleted[1] > 0) {
                context.logger().info("Deleted " + deleted[0] + " service history row(s) and " + deleted[1]
                        + " service(s) not reported for " + retention.toDays() + " days");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting old service history failed: " + e.getMessage(), e);
        }
    }
}
