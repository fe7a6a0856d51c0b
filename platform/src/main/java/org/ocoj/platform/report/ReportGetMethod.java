package org.ocoj.platform.report;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;

/** {@code oco.report.get}: {@code {"id": 1000}} → the report with its criteria, readable query and columns. */
@ApplicationScoped
public class ReportGetMethod implements ClientMethod {

    @Inject
    Reports reports;

    @Override
    public String method() {
        return "oco.report.get";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        return reports.require(call.data().requireLong("id")).toApi();
    }
}
