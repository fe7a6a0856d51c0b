package org.ocoj.platform.ocoimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.platform.agent.PasswordCipher;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.ocoimport.ImportSummary.Outcome;

/**
 * Upstream's rotated local passwords with their history: each is encrypted with the agent key its computer has in
 * OCO-J (as if the agent had sent it, SPEC §2.7) and stored with upstream's time, so the newest stays current and
 * the rules' ages go on from there. Matched by computer, user and time: a re-run adds only what is new. Messages
 * name computers and users, never a password.
 */
@Dependent
class ComputerPasswordImport {

    private static final String KIND = "computer_passwords";
    /** What fits OCO-J's columns (username 200, encrypted secret 2000 in Base64). */
    private static final int MAX_USERNAME = 200;
    private static final int MAX_PASSWORD = 1000;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    void run(List<UpstreamPassword> passwords, Map<Long, Long> computerIds, ImportSummary summary) {
        Map<Long, Optional<String>> keys = new HashMap<>();
        for (UpstreamPassword password : passwords) {
            Long computer = computerIds.get(password.computerId());
            Optional<String> problem = problem(password, computer);
            if (problem.isPresent()) {
                skip(password, problem.get(), summary);
                continue;
            }
            if (computer < 0) { // a computer only a dry run "created": it would get upstream's key
                if (password.upstreamKey()) {
                    summary.count(KIND, Outcome.CREATED);
                } else {
                    skipNoKey(password, summary);
                }
                continue;
            }
            Optional<String> key = keys.computeIfAbsent(computer, this::agentKey);
            if (key.isEmpty()) {
                skipNoKey(password, summary);
                continue;
            }
            if (!Sql.rows(dataSource, "SELECT id FROM computer_password WHERE computer_id = ? AND username = ? "
                    + "AND created = ?", computer, password.username(), password.created()).isEmpty()) {
                summary.count(KIND, Outcome.UNCHANGED);
                continue;
            }
            summary.count(KIND, Outcome.CREATED);
            if (!summary.dryRun()) {
                PasswordCipher.Encrypted encrypted = PasswordCipher.encrypt(key.get(), password.password());
                Sql.update(dataSource, "INSERT INTO computer_password (computer_id, username, iv, secret, created, "
                        + "revoked) VALUES (?, ?, ?, ?, ?, FALSE)", computer, password.username(), encrypted.iv(),
                        encrypted.secret(), password.created());
            }
        }
    }

    private static void skipNoKey(UpstreamPassword password, ImportSummary summary) {
        skip(password, "its computer has no agent key to encrypt it with yet", summary);
    }

    private static void skip(UpstreamPassword password, String why, ImportSummary summary) {
        summary.count(KIND, Outcome.SKIPPED);
        summary.attention("Local password " + password.id() + " (" + password.username() + ") not imported: " + why);
    }

    private static Optional<String> problem(UpstreamPassword password, Long computer) {
        if (computer == null) {
            return Optional.of("its computer " + password.computerId() + " was not imported");
        }
        if (password.username().isEmpty() || password.username().length() > MAX_USERNAME) {
            return Optional.of("the user name is empty or longer than " + MAX_USERNAME + " characters");
        }
        if (password.password().isEmpty() || password.password().length() > MAX_PASSWORD) {
            return Optional.of("the password is empty or longer than " + MAX_PASSWORD + " characters");
        }
        if (password.created() == null) {
            return Optional.of("it has no creation time");
        }
        return Optional.empty();
    }

    private Optional<String> agentKey(long computer) {
        return Sql.rows(dataSource, "SELECT agent_key FROM computer WHERE id = ?", computer).stream().findFirst()
                .map(row -> row.get("agent_key")).map(String::valueOf).filter(key -> !key.isEmpty());
    }
}
