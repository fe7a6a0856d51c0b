package org.ocoj.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.report.criteria.CriteriaText;

/** {@code oco.report.update}: {@code {"id": 1000, …}}; keys left out keep their value. Predefined reports are fixed. */
@ApplicationScoped
public class ReportUpdateMethod implements ClientMethod {

    @Inject
    Reports reports;
    @Inject
    ReportScopes scopes;

    @Override
    public String method() {
        return "oco.report.update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.REPORTS_MANAGE);
    }

    @Override
    public Object handle(ClientCall call) {
        Report current = reports.require(call.data().requireLong("id"));
        if (current.predefined()) {
            throw RequestException.invalid("Predefined reports cannot be changed; create a copy instead");
        }
        ReportInput input = ReportInput.read(call.data(), Optional.of(current), reports, scopes.catalog());
        reports.update(current.id(), input);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", input.name());
        detail.put("old_query", current.query());
        detail.put("query", CriteriaText.render(input.criteria()));
        call.audit("oco.report.update", "report:" + current.id(), detail);
        return null;
    }
}
