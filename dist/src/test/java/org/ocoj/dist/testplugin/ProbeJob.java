package org.ocoj.dist.testplugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.ocoj.api.server.PluginContext;
import org.ocoj.api.server.ScheduledJob;
import org.pf4j.Extension;

/** Writes a row into the plugin's own table every second: proves plugin migrations and scheduling. */
@Extension
public class ProbeJob implements ScheduledJob {

    private final PluginContext context;

    public ProbeJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "tick";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run() {
        try (Connection c = context.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO probe_tick (ticked_at) VALUES (?)")) {
            s.setObject(1, LocalDateTime.now(context.clock()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
