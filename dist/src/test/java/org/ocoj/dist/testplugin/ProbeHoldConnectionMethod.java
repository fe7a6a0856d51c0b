package org.ocoj.dist.testplugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * Holds a database connection of the server's pool for {@code seconds} ({@code SELECT SLEEP}), so a test sees the
 * pool's use move with real requests (DatabasePoolMetricsIT). Exists only in the test plugin, behind the client
 * API's admin authentication.
 */
@Extension
public class ProbeHoldConnectionMethod implements ClientMethod {

    private final PluginContext context;

    public ProbeHoldConnectionMethod(PluginContext context) {
        this.context = context;
    }

    @Override
    public String method() {
        return "oco.probe.hold_connection";
    }

    @Override
    public Object handle(ClientCall call) {
        double seconds = Math.max(0, Math.min(60, call.data().requireLong("millis") / 1000.0));
        try (Connection connection = context.dataSource().getConnection();
             PreparedStatement sleep = connection.prepareStatement("SELECT SLEEP(?)")) {
            sleep.setDouble(1, seconds);
            sleep.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("holding a connection failed: " + e.getMessage(), e);
        }
        return Map.of("held", true);
    }
}
