package org.ocoj.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.db.Db;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * {@link ComputerSelection} over the test database's computers and static groups. Reports are the platform's
 * (their criteria compile to SQL there): the test kit refuses them in words rather than guess.
 */
final class StoredSelection implements ComputerSelection {

    private final Db db;

    StoredSelection(Db db) {
        this.db = db;
    }

    @Override
    public List<Long> groupMembers(long groupId, boolean includeSubgroups) {
        if (db.count("SELECT COUNT(*) FROM computer_group WHERE id = ?", groupId) == 0) {
            throw RequestException.notFound("Not found: computer group " + groupId);
        }
        List<Long> groups = new ArrayList<>(List.of(groupId));
        for (int i = 0; includeSubgroups && i < groups.size(); i++) {
            groups.addAll(db.list("SELECT id FROM computer_group WHERE parent_computer_group_id = ?",
                    r -> r.getLong(1), groups.get(i)));
        }
        List<Long> members = new ArrayList<>();
        for (long group : groups) {
            members.addAll(db.list("SELECT computer_id FROM computer_group_member WHERE computer_group_id = ?",
                    r -> r.getLong(1), group));
        }
        return members.stream().distinct().sorted().toList();
    }

    @Override
    public List<Long> reportResult(long reportId) {
        throw new IllegalStateException("The plugin test kit does not evaluate reports (report " + reportId
                + "); test a report selection against a running server");
    }

    @Override
    public List<Long> select(JsonParams data) {
        Optional<Long> id = data.optionalLong("id");
        Optional<Long> group = data.optionalLong("computer_group_id");
        Optional<Long> report = data.optionalLong("report_id");
        long given = java.util.stream.Stream.of(id, group, report).filter(Optional::isPresent).count();
        if (given != 1) {
            throw RequestException.invalid("exactly one of data.id, data.computer_group_id, data.report_id is required");
        }
        if (id.isPresent()) {
            if (db.count("SELECT COUNT(*) FROM computer WHERE id = ?", id.get()) == 0) {
                throw RequestException.notFound("Not found: computer " + id.get());
            }
            return List.of(id.get());
        }
        return group.isPresent() ? groupMembers(group.get(), data.optionalBoolean("recursive").orElse(true))
                : reportResult(report.orElseThrow());
    }
}
