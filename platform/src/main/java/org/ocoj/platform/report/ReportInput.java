package org.ocoj.platform.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.report.criteria.CriteriaParser;
import org.ocoj.platform.report.criteria.Criterion;
import org.ocoj.platform.report.criteria.Scope;
import org.ocoj.platform.report.criteria.ScopeCatalog;

/** What an admin may set on a report, validated: name, notes, criteria, columns and report group. */
record ReportInput(String name, String notes, Criterion criteria, List<String> columns, Long reportGroupId) {

    static final List<String> DEFAULT_COLUMNS = List.of("hostname", "os", "os_version", "last_ping");
    static final int MAX_COLUMNS = 20;

    /**
     * Reads the parameters; for an update, {@code current} supplies what is not given.
     */
    static ReportInput read(JsonParams data, Optional<Report> current, Reports reports, ScopeCatalog catalog) {
        String name = current.isPresent() && !data.has("name")
                ? current.get().name() : data.requireString("name", 200);
        String notes = data.optionalString("notes", 2000).orElse(current.map(Report::notes).orElse(""));
        Criterion criteria = data.has("criteria") || current.isEmpty()
                ? CriteriaParser.parse(required(data), "criteria", catalog) : current.get().usableCriteria();
        List<String> columns = data.has("columns") ? columns(data.list("columns"))
                : current.map(Report::columns).orElse(DEFAULT_COLUMNS);
        Long group = data.has("report_group_id") ? data.optionalLong("report_group_id").filter(id -> id != 0).orElse(null)
                : current.map(Report::reportGroupId).orElse(null);
        if (group != null && reports.group(group).isEmpty()) {
            throw RequestException.notFound("Not found");
        }
        if (group != null && group == Reports.PREDEFINED_GROUP && !current.map(Report::predefined).orElse(false)) {
            throw RequestException.invalid("data.report_group_id: the predefined report group holds only the predefined reports");
        }
        return new ReportInput(name, notes, criteria, columns, group);
    }

    private static Object required(JsonParams data) {
        if (!data.has("criteria")) {
            throw RequestException.invalid("data.criteria is required");
        }
        return data.raw("criteria");
    }

    private static List<String> columns(List<Object> given) {
        if (given.isEmpty() || given.size() > MAX_COLUMNS) {
            throw RequestException.invalid("data.columns must name 1 to " + MAX_COLUMNS + " computer fields");
        }
        List<String> columns = new ArrayList<>();
        for (Object column : given) {
            if (!(column instanceof String) || Scope.COMPUTER.field((String) column).isEmpty()) {
                throw RequestException.invalid("data.columns: unknown computer field " + column + " (known: "
                        + String.join(", ", Scope.COMPUTER.fields().keySet()) + ")");
            }
            if (!columns.contains(column)) {
                columns.add((String) column);
            }
        }
        return List.copyOf(columns);
    }
}
