package org.ocoj.platform.ocoimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.group.ComputerGroups;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;

/**
 * Upstream computer groups with their nesting, matched by name under the same parent (so a re-run finds the
 * groups it created), and direct memberships. Members are only ever added: a membership an admin removed in
 * OCO-J comes back on a re-run, one added in OCO-J stays.
 */
@Dependent
class GroupImport {

    private final ComputerGroups groups;
    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    GroupImport(ComputerGroups groups) {
        this.groups = groups;
    }

    /** @return upstream group id → OCO-J group id (negative for a group a dry run would create) */
    Map<Long, Long> run(UpstreamReader upstream, Map<Long, Long> computerIds, ImportSummary summary, String admin) {
        Map<Long, Long> groupIds = new HashMap<>();
        for (UpstreamGroup group : upstream.groups("computer_group", "parent_computer_group_id")) {
            Optional<Long> parent = Optional.ofNullable(group.parentId()).map(groupIds::get);
            String name = group.name().isBlank() ? "Group " + group.id() : group.name().trim();
            name = name.length() <= 200 ? name : name.substring(0, 200);
            Optional<Long> existing = parent.filter(p -> p < 0).isPresent() ? Optional.empty() : find(parent, name);
            if (existing.isPresent()) {
                summary.count("computer_groups", Outcome.UNCHANGED);
                groupIds.put(group.id(), existing.get());
            } else {
                summary.count("computer_groups", Outcome.CREATED);
                groupIds.put(group.id(), summary.dryRun() ? -group.id() : groups.create(parent, name, admin));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long[] member : upstream.memberships()) {
            Long computer = computerIds.get(member[0]);
            Long group = groupIds.get(member[1]);
            if (computer == null || group == null || !seen.add(computer + "/" + group)) {
                summary.count("group_memberships", Outcome.SKIPPED);
            } else if (computer > 0 && group > 0 && groups.isMember(group, computer)) {
                summary.count("group_memberships", Outcome.UNCHANGED);
            } else {
                summary.count("group_memberships", Outcome.CREATED);
                if (!summary.dryRun()) {
                    groups.addMember(group, computer);
                }
            }
        }
        return groupIds;
    }

    private Optional<Long> find(Optional<Long> parent, String name) {
        List<Map<String, Object>> rows = parent.isPresent()
                ? Sql.rows(dataSource, "SELECT id FROM computer_group WHERE parent_computer_group_id = ? AND name = ?",
                        parent.get(), name)
                : Sql.rows(dataSource, "SELECT id FROM computer_group WHERE parent_computer_group_id IS NULL AND name = ?",
                        name);
        return rows.stream().findFirst().map(r -> ((Number) r.get("id")).longValue());
    }
}
