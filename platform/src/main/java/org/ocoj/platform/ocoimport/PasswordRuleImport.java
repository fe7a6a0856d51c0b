package org.ocoj.platform.ocoimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.laps.PasswordRules;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;

/**
 * Upstream password rotation rules, matched by group and user name (so a re-run updates instead of duplicating).
 * A rule of a group the import skipped is skipped too; values are taken as upstream has them.
 */
@Dependent
class PasswordRuleImport {

    private static final String KIND = "password_rules";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PasswordRules passwordRules;

    void run(List<Map<String, Object>> rules, Map<Long, Long> groupIds, ImportSummary summary) {
        for (Map<String, Object> rule : rules) {
            Long group = null;
            if (rule.get("computer_group_id") instanceof Number upstreamGroup) {
                group = groupIds.get(upstreamGroup.longValue());
                if (group == null) {
                    summary.count(KIND, Outcome.SKIPPED);
                    summary.attention("Password rule " + rule.get("id") + " not imported: its group "
                            + upstreamGroup + " was not imported");
                    continue;
                }
            }
            String username = String.valueOf(rule.get("username"));
            if (!String.valueOf(rule.get("alphabet")).matches("[\\x21-\\x7e]+")) {
                summary.attention("Password rule " + rule.get("id") + " (" + username + ") has characters other than "
                        + "printable ASCII in its alphabet: the upstream agent cannot encrypt such passwords");
            }
            upsert(group, username, new Values(String.valueOf(rule.get("alphabet")), number(rule.get("length")),
                    number(rule.get("valid_seconds")), number(rule.get("history")), defaultPassword(rule)), summary);
        }
        if (!rules.isEmpty() && !summary.dryRun()) {
            passwordRules.reload(); // the next hellos already order what the imported rules ask for
        }
    }

    private record Values(String alphabet, long length, long validSeconds, long history, String defaultPassword) {
        static Values of(Map<String, Object> row) {
            return new Values((String) row.get("alphabet"), number(row.get("password_length")),
                    number(row.get("valid_seconds")), number(row.get("history")), (String) row.get("default_password"));
        }
    }

    private void upsert(Long group, String username, Values values, ImportSummary summary) {
        List<Map<String, Object>> existing = group == null || group < 0
                ? Sql.rows(dataSource, "SELECT id, alphabet, password_length, valid_seconds, history, default_password "
                        + "FROM password_rotation_rule WHERE computer_group_id IS NULL AND username = ?", username)
                : Sql.rows(dataSource, "SELECT id, alphabet, password_length, valid_seconds, history, default_password "
                        + "FROM password_rotation_rule WHERE computer_group_id = ? AND username = ?", group, username);
        if (group != null && group < 0) { // a group only a dry run "created": its rules are new too
            existing = List.of();
        }
        if (existing.isEmpty()) {
            summary.count(KIND, Outcome.CREATED);
            if (!summary.dryRun()) {
                Sql.update(dataSource, "INSERT INTO password_rotation_rule (computer_group_id, username, alphabet, "
                        + "password_length, valid_seconds, history, default_password) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        group, username, values.alphabet(), values.length(), values.validSeconds(), values.history(),
                        values.defaultPassword());
            }
            return;
        }
        Map<String, Object> row = existing.get(0);
        boolean same = values.equals(Values.of(row));
        summary.count(KIND, same ? Outcome.UNCHANGED : Outcome.UPDATED);
        if (!same && !summary.dryRun()) {
            Sql.update(dataSource, "UPDATE password_rotation_rule SET alphabet = ?, password_length = ?, "
                    + "valid_seconds = ?, history = ?, default_password = ? WHERE id = ?",
                    values.alphabet(), values.length(), values.validSeconds(), values.history(),
                    values.defaultPassword(), row.get("id"));
        }
    }

    private static String defaultPassword(Map<String, Object> rule) {
        Object value = rule.get("default_password");
        return value == null || "".equals(value) ? null : String.valueOf(value);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).trim());
    }
}
