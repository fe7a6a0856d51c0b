package org.ocoj.platform.selection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.group.ComputerGroups;
import org.ocoj.platform.report.ReportRunner;
import org.ocoj.platform.report.Reports;
import org.ocoj.platform.scope.CallerScope;

/**
 * Groups and reports (dynamic groups) as sets of computer ids: what core methods such as
 * {@code oco.computer.force_update} and plugins (through {@code PluginContext.computers()}) act on.
 */
@ApplicationScoped
public class ComputerSets implements ComputerSelection {

    @Inject
    ComputerGroups groups;
    @Inject
    Reports reports;
    @Inject
    ReportRunner runner;
    @Inject
    CallerScope caller;

    @Override
    public List<Long> groupMembers(long groupId, boolean includeSubgroups) {
        groups.require(groupId);
        if (caller.limited().filter(scope -> !scope.includesGroup(groupId)).isPresent()) {
            throw RequestException.notFound("Not found: computer group " + groupId
                    + " (your account sees only its own computer groups and their subgroups)");
        }
        return groups.members(includeSubgroups ? groups.subtree(groupId) : List.of(groupId));
    }

    @Override
    public List<Long> reportResult(long reportId) {
        return runner.computerIds(reports.require(reportId));
    }

    @Override
    public List<Long> select(JsonParams data) {
        int named = (data.has("id") ? 1 : 0) + (data.has("computer_group_id") ? 1 : 0) + (data.has("report_id") ? 1 : 0);
        if (named != 1) {
            throw RequestException.invalid("Name exactly one of data.id, data.computer_group_id or data.report_id");
        }
        if (data.has("computer_group_id")) {
            return groupMembers(data.requireLong("computer_group_id"), data.optionalBoolean("recursive").orElse(true));
        }
        if (data.has("report_id")) {
            return reportResult(data.requireLong("report_id"));
        }
        long id = data.requireLong("id");
        groups.requireComputer(id);
        if (!caller.current().includes(id)) {
            throw RequestException.notFound("Not found: computer " + id
                    + " (your account sees only the computers of its computer groups)");
        }
        return List.of(id);
    }
}
