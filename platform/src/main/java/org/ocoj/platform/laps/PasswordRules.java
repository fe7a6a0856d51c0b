package org.ocoj.platform.laps;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * The rotation rules in {@code password_rotation_rule}. Every hello asks for the computer's rules, so all rules are
 * kept in memory (few, rarely changed): a hello costs no statement while there is no rule, and one (the computer's
 * groups) while only group rules exist. Changes reach this node at once and other nodes with {@code CacheRefresh}.
 */
@ApplicationScoped
public class PasswordRules {

    private static final String COLUMNS = "id, computer_group_id, username, alphabet, password_length, "
            + "valid_seconds, history, default_password";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private volatile List<PasswordRule> cached;

    /** Reads all rules again (after a change here, and every few seconds for changes made on other nodes). */
    public void reload() {
        cached = read("SELECT " + COLUMNS + " FROM password_rotation_rule ORDER BY id");
    }

    private List<PasswordRule> all() {
        if (cached == null) {
            reload();
        }
        return cached;
    }

    /** @param groupId only the rules of this group (0 = only rules for every computer); empty = all */
    List<PasswordRule> list(Optional<Long> groupId) {
        if (groupId.isEmpty()) {
            return read("SELECT " + COLUMNS + " FROM password_rotation_rule ORDER BY id");
        }
        return groupId.get() == 0
                ? read("SELECT " + COLUMNS + " FROM password_rotation_rule WHERE computer_group_id IS NULL ORDER BY id")
                : read("SELECT " + COLUMNS + " FROM password_rotation_rule WHERE computer_group_id = ? ORDER BY id",
                        groupId.get());
    }

    PasswordRule require(long id) {
        return read("SELECT " + COLUMNS + " FROM password_rotation_rule WHERE id = ?", id).stream().findFirst()
                .orElseThrow(() -> RequestException.notFound("Password rotation rule " + id + " not found"));
    }

    long create(PasswordRule rule) {
        long id = Sql.insert(dataSource, "INSERT INTO password_rotation_rule (computer_group_id, username, alphabet, "
                + "password_length, valid_seconds, history, default_password) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rule.groupId(), rule.username(), rule.alphabet(), rule.length(), rule.validSeconds(), rule.history(),
                rule.defaultPassword());
        reload();
        return id;
    }

    void update(PasswordRule rule) {
        Sql.update(dataSource, "UPDATE password_rotation_rule SET computer_group_id = ?, username = ?, alphabet = ?, "
                + "password_length = ?, valid_seconds = ?, history = ?, default_password = ? WHERE id = ?",
                rule.groupId(), rule.username(), rule.alphabet(), rule.length(), rule.validSeconds(), rule.history(),
                rule.defaultPassword(), rule.id());
        reload();
    }

    void remove(long id) {
        Sql.update(dataSource, "DELETE FROM password_rotation_rule WHERE id = ?", id);
        reload();
    }

    /**
     * The rules that apply to a computer, one per user name: a rule of one of its groups wins over a rule for every
     * computer, and the older rule over a newer one.
     */
    public List<PasswordRule> applicable(long computerId) {
        List<PasswordRule> all = all();
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> groups = all.stream().anyMatch(rule -> rule.groupId() != null)
                ? Sql.rows(dataSource, "SELECT computer_group_id FROM computer_group_member WHERE computer_id = ?",
                        computerId).stream().map(row -> ((Number) row.get("computer_group_id")).longValue())
                        .collect(Collectors.toSet())
                : Set.of();
        Map<String, PasswordRule> byUser = new LinkedHashMap<>();
        all.stream().filter(rule -> rule.groupId() != null && groups.contains(rule.groupId()))
                .forEach(rule -> byUser.putIfAbsent(rule.username(), rule));
        all.stream().filter(rule -> rule.groupId() == null).forEach(rule -> byUser.putIfAbsent(rule.username(), rule));
        return new ArrayList<>(byUser.values());
    }

    private List<PasswordRule> read(String sql, Object... params) {
        return Sql.rows(dataSource, sql, params).stream().map(PasswordRules::rule).toList();
    }

    private static PasswordRule rule(Map<String, Object> row) {
        Object group = row.get("computer_group_id");
        return new PasswordRule(((Number) row.get("id")).longValue(),
                group == null ? null : ((Number) group).longValue(), (String) row.get("username"),
                (String) row.get("alphabet"), ((Number) row.get("password_length")).intValue(),
                ((Number) row.get("valid_seconds")).longValue(), ((Number) row.get("history")).intValue(),
                (String) row.get("default_password"));
    }
}
