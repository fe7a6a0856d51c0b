package org.ocoj.plugins.checkmk;

import java.util.List;
import org.ocoj.api.server.ReportField;
import org.ocoj.api.server.ReportField.Type;
import org.ocoj.api.server.ReportScope;
import org.pf4j.Extension;

/**
 * Services in reports: {@code {"exists": "service", "where": {"all": [{"field": "name", "op": "equals",
 * "value": "Disk root"}, {"field": "state", "op": "equals", "value": "CRIT"}]}}}. Reads the latest state
 * through the view {@code checkmk_service_report} (migration V2).
 */
@Extension
public class ServicesReportScope implements ReportScope {

    @Override
    public String name() {
        return "service";
    }

    @Override
    public String description() {
        return "CheckMK services (latest state)";
    }

    @Override
    public String table() {
        return "checkmk_service_report";
    }

    @Override
    public List<ReportField> fields() {
        return List.of(
                ReportField.of("name", Type.TEXT, "service name as the local check prints it"),
                ReportField.of("state", Type.TEXT, "OK, WARN, CRIT or UNKNOWN"),
                ReportField.of("status", Type.NUMBER, "0 OK, 1 WARN, 2 CRIT, 3 UNKNOWN"),
                ReportField.of("details", Type.TEXT, "the check's text"),
                new ReportField("changed", "changed_at", Type.TIME, "when the state last changed"),
                ReportField.of("last_seen", Type.TIME, "when an agent last reported the service"),
                ReportField.of("stale", Type.BOOLEAN, "no longer reported by the agent"));
    }
}
