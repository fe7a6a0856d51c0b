package org.ocoj.platform.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.platform.db.Sql;

/**
 * A scoped account's computers: the members of {@code groupIds} (its groups with every subgroup, resolved when the
 * call began). No groups means no computers: a scope never widens to everything.
 *
 * @param topGroupIds the account's own groups that lie in no other of them: the roots of what it sees
 */
public record GroupScope(Set<Long> groupIds, List<Long> topGroupIds, DataSource dataSource) implements ComputerScope {

    public GroupScope {
        groupIds = Set.copyOf(groupIds);
        topGroupIds = List.copyOf(topGroupIds);
    }

    @Override
    public boolean unlimited() {
        return false;
    }

    @Override
    public boolean includes(long computerId) {
        return outside(List.of(computerId)).isEmpty();
    }

    public boolean includesGroup(long groupId) {
        return groupIds.contains(groupId);
    }

    /** Those of {@code computerIds} the scope does not hold (or that do not exist), in the order given. */
    public List<Long> outside(Collection<Long> computerIds) {
        Set<Long> asked = new LinkedHashSet<>(computerIds);
        if (asked.isEmpty() || groupIds.isEmpty()) {
            return new ArrayList<>(asked);
        }
        List<Object> params = new ArrayList<>(asked);
        Condition condition = where("computer_id");
        params.addAll(condition.parameters());
        Set<Long> inside = new LinkedHashSet<>();
        Sql.rows(dataSource, "SELECT DISTINCT computer_id FROM computer_group_member WHERE computer_id IN ("
                + placeholders(asked.size()) + ") AND " + condition.sql(), params.toArray())
                .forEach(row -> inside.add(((Number) row.get("computer_id")).longValue()));
        asked.removeAll(inside);
        return new ArrayList<>(asked);
    }

    @Override
    public Condition where(String computerIdColumn) {
        ComputerScope.requireColumn(computerIdColumn);
        if (groupIds.isEmpty()) {
            return new Condition("1 = 0", List.of());
        }
        return new Condition(computerIdColumn + " IN (SELECT computer_id FROM computer_group_member "
                + "WHERE computer_group_id IN (" + placeholders(groupIds.size()) + "))", new ArrayList<>(groupIds));
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }
}
