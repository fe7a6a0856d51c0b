package org.ocoj.platform.scope;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.group.ComputerGroups;

/**
 * Which computer groups an account is limited to ({@code admin_user.scoped}, {@code admin_user_scope}) and the
 * {@link ComputerScope} that follows for its calls. Joins the caller's transaction.
 */
@ApplicationScoped
public class AccountScopes {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ComputerGroups groups;

    /** The account's own groups (sorted by id), or empty if it sees every computer. */
    public Optional<List<Long>> assigned(String username) {
        List<Map<String, Object>> account = Sql.rows(dataSource, "SELECT scoped FROM admin_user WHERE username = ?",
                username);
        if (account.isEmpty() || !truthy(account.get(0).get("scoped"))) {
            return Optional.empty();
        }
        return Optional.of(Sql.rows(dataSource, "SELECT s.computer_group_id FROM admin_user_scope s "
                + "JOIN admin_user u ON u.id = s.admin_user_id WHERE u.username = ? ORDER BY s.computer_group_id",
                username).stream().map(row -> ((Number) row.get("computer_group_id")).longValue()).toList());
    }

    /** The groups of every scoped account by user name (one query); accounts that see every computer are absent. */
    public Map<String, List<Long>> allAssigned() {
        Map<String, List<Long>> all = new java.util.TreeMap<>();
        Sql.rows(dataSource, "SELECT u.username, s.computer_group_id FROM admin_user u LEFT JOIN admin_user_scope s "
                + "ON s.admin_user_id = u.id WHERE u.scoped = ? ORDER BY u.username, s.computer_group_id", true)
                .forEach(row -> {
                    List<Long> ids = all.computeIfAbsent((String) row.get("username"), u -> new ArrayList<>());
                    if (row.get("computer_group_id") != null) {
                        ids.add(((Number) row.get("computer_group_id")).longValue());
                    }
                });
        return all;
    }

    /**
     * Limits the account to these groups (each must exist), or lifts its limit with an empty value. An empty list
     * is refused: an account that may see no computer has no use for the computer permissions.
     */
    public void set(String username, Optional<List<Long>> groupIds) {
        groupIds.ifPresent(ids -> {
            if (ids.isEmpty()) {
                throw RequestException.invalid("data.computer_group_ids: name at least one group, or null for every "
                        + "computer");
            }
            ids.forEach(groups::require);
        });
        long accountId = ((Number) Sql.rows(dataSource, "SELECT id FROM admin_user WHERE username = ?", username)
                .get(0).get("id")).longValue();
        Sql.update(dataSource, "DELETE FROM admin_user_scope WHERE admin_user_id = ?", accountId);
        Sql.update(dataSource, "UPDATE admin_user SET scoped = ? WHERE id = ?", groupIds.isPresent(), accountId);
        for (long groupId : groupIds.orElse(List.of()).stream().distinct().toList()) {
            Sql.update(dataSource, "INSERT INTO admin_user_scope (admin_user_id, computer_group_id) VALUES (?, ?)",
                    accountId, groupId);
        }
    }

    /** The scope of a call by this account: its groups with their subgroups as they are now. */
    public ComputerScope of(String username) {
        Optional<List<Long>> own = assigned(username);
        if (own.isEmpty()) {
            return ComputerScope.UNLIMITED;
        }
        Set<Long> all = new LinkedHashSet<>();
        List<List<Long>> subtrees = new ArrayList<>();
        for (long id : own.get()) {
            List<Long> subtree = groups.subtree(id);
            subtrees.add(subtree);
            all.addAll(subtree);
        }
        List<Long> top = new ArrayList<>();
        for (long id : own.get()) {
            boolean below = subtrees.stream().anyMatch(tree -> !tree.get(0).equals(id) && tree.contains(id));
            if (!below) {
                top.add(id);
            }
        }
        return new GroupScope(all, top, dataSource);
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
