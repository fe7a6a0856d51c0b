package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.report.criteria.CriteriaText;

/**
 * {@code oco.report.create}: {@code {"name": …, "notes": …, "criteria": {…}, "columns": [...],
 * "report_group_id": …}} → {@code {"id": 1000}}. Criteria are checked completely before anything is stored.
 */
@ApplicationScoped
public class ReportCreateMethod implements ClientMethod {

    @Inject
    Reports reports;
    @Inject
    ReportScopes scopes;

    @Override
    public String method() {
        return "oco.report.create";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REPORTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        ReportInput input = ReportInput.read(call.data(), Optional.empty(), reports, scopes.catalog());
        long id = reports.create(input, call.adminUsername());
        call.audit("oco.report.create", "report:" + id,
                Map.of("name", input.name(), "query", CriteriaText.render(input.criteria())));
        return Map.of("id", id);
    }
}
