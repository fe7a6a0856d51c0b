package org.ocoj.platform.report;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;

/** {@code oco.report.remove}: {@code {"id": 1000}}; predefined reports cannot be removed. */
@ApplicationScoped
public class ReportRemoveMethod implements ClientMethod {

    @Inject
    Reports reports;

    @Override
    public String method() {
        return "oco.report.remove";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REPORTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        Report report = reports.require(call.data().requireLong("id"));
        if (report.predefined()) {
            throw RequestException.invalid("Predefined reports cannot be removed");
        }
        reports.delete(report.id());
        call.audit("oco.report.delete", "report:" + report.id(), report.toApi());
        return null;
    }
}
