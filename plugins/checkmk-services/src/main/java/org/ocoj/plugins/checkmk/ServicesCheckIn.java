package org.ocoj.plugins.checkmk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.ocoj.api.server.CheckIn;
import org.ocoj.api.server.CheckInParticipant;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * Reads {@code services} from every hello (SPEC §6) and stores them. The hot path: a list equal to the last
 * one (same hash) costs one UPDATE; {@code services: null} costs nothing. A value that is not a list is
 * ignored with one log line and changes nothing; invalid entries (a name over 200 characters …) are left
 * out with one log line per changed list, and the valid ones are stored.
 */
@Extension
public class ServicesCheckIn implements CheckInParticipant {

    private final PluginContext context;

    public ServicesCheckIn(PluginContext context) {
        this.context = context;
    }

    @Override
    public void onHello(CheckIn checkIn) {
        ServicesReport.Reading reading = ServicesReport.read(checkIn.data().get("services"));
        String hostname = checkIn.computer().hostname();
        if (reading instanceof ServicesReport.Malformed malformed) {
            context.logger().warning("Services of " + hostname + " ignored, nothing stored: " + malformed.reason());
        } else if (reading instanceof ServicesReport.Listed listed) {
            long computerId = checkIn.computer().id();
            LocalDateTime now = LocalDateTime.now(context.clock()).truncatedTo(ChronoUnit.SECONDS);
            // the usual case, the same list again, is one statement and needs no transaction of its own
            if (!withConnection(hostname, c -> ServiceSync.touchIfUnchanged(c, computerId, listed.hash(), now))) {
                context.inTransaction(() -> withConnection(hostname, c -> {
                    store(c, computerId, hostname, listed, now);
                    return true;
                }));
            }
        }
    }

    private interface Work {
        boolean run(Connection c) throws SQLException;
    }

    private boolean withConnection(String hostname, Work work) {
        try (Connection c = context.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the services of " + hostname + " failed: " + e.getMessage(), e);
        }
    }

    private void store(Connection c, long computerId, String hostname, ServicesReport.Listed listed,
                       LocalDateTime now) throws SQLException {
        ServicesReport.Validated validated = ServicesReport.validate(listed.entries());
        if (!validated.problems().isEmpty()) {
            context.logger().warning("Services of " + hostname + ": " + validated.problems().size()
                    + " entr" + (validated.problems().size() == 1 ? "y" : "ies") + " ignored: "
                    + String.join("; ", validated.problems()));
        }
        ServiceSync.Changes changes = ServiceSync.store(c, computerId, listed.hash(), validated.services(), now);
        if (changes.any()) {
            context.logger().fine(() -> "Services of " + hostname + ": " + changes);
        }
    }
}
