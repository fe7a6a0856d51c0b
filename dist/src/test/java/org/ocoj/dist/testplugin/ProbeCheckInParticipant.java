package org.ocoj.dist.testplugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * Misbehaves on purpose for computers named {@code participant-…} (CheckInParticipantIT): {@code -throws-}
 * throws, {@code -half-} writes a row in a transaction of its own and then throws (so the row must roll back
 * and the hello must not), {@code -ok-} writes a row and adds {@code probe-seen} to the answer. Other computers
 * are left alone.
 */
@Extension
public class ProbeCheckInParticipant implements CheckInParticipant {

    private final PluginContext context;

    public ProbeCheckInParticipant(PluginContext context) {
        this.context = context;
    }

    @Override
    public void onHello(CheckIn checkIn) {
        String hostname = checkIn.computer().hostname();
        if (hostname.startsWith("participant-throws-")) {
            throw new IllegalStateException("the probe participant fails on purpose");
        }
        if (hostname.startsWith("participant-half-")) {
            context.inTransaction(() -> {
                record(hostname, "half");
                throw new IllegalStateException("the probe participant fails half-way on purpose");
            });
        }
        if (hostname.startsWith("participant-ok-")) {
            record(hostname, "ok");
            checkIn.respond("probe-seen", hostname);
        }
    }

    private void record(String hostname, String path) {
        try (Connection c = context.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO probe_checkin (hostname, path) VALUES (?, ?)")) {
            s.setString(1, hostname);
            s.setString(2, path);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
