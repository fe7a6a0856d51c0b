package org.ocoj.platform.computer;

import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/**
 * {@code oco.computer.summary}: {@code {"total", "online", "never_reported", "online_window_seconds", "os"}} — two
 * queries, for dashboards.
 */
@ApplicationScoped
public class ComputerSummaryMethod implements ClientMethod {

    @Inject
    ComputerPage pages;

    @Override
    public String method() {
        return "oco.computer.summary";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        Map<String, Object> summary = pages.summary();
        summary.put("os", pages.osDistribution());
        return summary;
    }
}
