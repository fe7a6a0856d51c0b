package org.ocoj.plugins.events;

import java.util.List;
import org.ocoj.api.server.ReportField;
import org.ocoj.api.server.ReportField.Type;
import org.ocoj.api.server.ReportScope;
import org.pf4j.Extension;

/**
 * Stored events in reports, typically counted: "more than 10 errors in the last 7 days" is
 * {@code {"count": "event", "where": {"all": [{"field": "level", "op": "lt", "value": 3},
 * {"field": "time", "op": "within_days", "value": 7}]}, "op": "gt", "value": 10}}. Served by the index on
 * {@code (computer_id, event_time)}.
 */
@Extension
public class EventReportScope implements ReportScope {

    @Override
    public String name() {
        return "event";
    }

    @Override
    public String description() {
        return "Events agents sent for the event rules";
    }

    @Override
    public String table() {
        return "event_entry";
    }

    @Override
    public List<ReportField> fields() {
        return List.of(
                new ReportField("log", "log_name", Type.TEXT, "event log or journal unit, e.g. System"),
                new ReportField("source", "provider", Type.TEXT, "provider or syslog identifier"),
                ReportField.of("event_id", Type.NUMBER, "the event id"),
                new ReportField("level", "level_no", Type.NUMBER, "Windows: 1 critical, 2 error, 3 warning, 4 information; journal: syslog priority 0-7"),
                new ReportField("time", "event_time", Type.TIME, "when the event happened"),
                new ReportField("data", "data_json", Type.TEXT, "the event's data as JSON (message, …)"));
    }
}
