package org.ocoj.platform.computer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.group.ComputerGroups;
import org.ocoj.platform.report.Report;
import org.ocoj.platform.report.ReportRunner;
import org.ocoj.platform.report.Reports;
import org.ocoj.platform.report.criteria.SqlCondition;
import org.ocoj.platform.scope.CallerScope;

/**
 * {@code oco.computer.list} (CLIENT-API §2.5): all computers and the root groups; with
 * {@code computer_group_id} that group's direct members and subgroups; with {@code report_id} (OCO-J) the
 * computers a report matches, so a report serves as a dynamic group. Without either, any of {@code search},
 * {@code limit}, {@code offset}, {@code sort} returns one page of all computers instead, and {@code "format": "csv"}
 * all of them (searched) as CSV (see {@link ComputerPage}).
 */
@ApplicationScoped
public class ComputerListMethod implements ClientMethod {

    @Inject
    ComputerQueries queries;
    @Inject
    ComputerPage pages;
    @Inject
    ComputerGroups groups;
    @Inject
    Reports reports;
    @Inject
    ReportRunner runner;
    @Inject
    CallerScope caller;

    @Override
    public String method() {
        return "oco.computer.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        Optional<Long> groupId = call.data().optionalLong("computer_group_id").filter(id -> id != 0);
        Optional<Long> reportId = call.data().optionalLong("report_id").filter(id -> id != 0);
        Map<String, Object> data = new LinkedHashMap<>();
        if (groupId.isPresent()) {
            data.put("name", groups.require(groupId.get()).get("name"));
            data.put("computers", queries.inGroup(groupId.get()));
            data.put("groups", groups.children(groupId));
        } else if (reportId.isPresent()) {
            Report report = reports.require(reportId.get());
            SqlCondition condition = runner.condition(report);
            data.put("name", report.name());
            data.put("computers", queries.matching(condition.sql(), condition.parameters()));
            data.put("groups", List.of());
        } else {
            if (ComputerPage.csvRequested(call.data())) {
                return pages.page(call.data());
            }
            if (ComputerPage.requested(call.data())) {
                data.putAll(pages.page(call.data()));
            } else {
                data.put("computers", queries.list());
            }
            data.put("groups", caller.limited().map(scope -> groups.all(scope.topGroupIds()))
                    .orElseGet(() -> groups.children(Optional.empty())));
        }
        return data;
    }
}
