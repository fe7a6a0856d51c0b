package org.ocoj.platform.laps;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.agent.PasswordCipher;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * The passwords agents sent ({@code computer_password}, still encrypted with the agent key of the time, SPEC §2.7)
 * and the admins' "rotate now" requests. Decrypts only for {@link #reveal} and the macOS {@code old_password}.
 */
@ApplicationScoped
public class StoredPasswords {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PasswordRules rules;

    /** When each user's newest applied (not revoked) password was stored. */
    Map<String, LocalDateTime> newest(long computerId) {
        Map<String, LocalDateTime> newest = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT username, MAX(created) FROM computer_password WHERE computer_id = ? AND revoked = FALSE "
                        + "GROUP BY username")) {
            s.setLong(1, computerId);
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    newest.put(r.getString(1), r.getObject(2, LocalDateTime.class));
                }
            }
        } catch (SQLException e) {
            throw new org.ocoj.platform.db.SqlFailure("reading password ages", e);
        }
        return newest;
    }

    boolean rotationRequested(long computerId) {
        return !Sql.rows(dataSource, "SELECT computer_id FROM password_rotation_request WHERE computer_id = ?",
                computerId).isEmpty();
    }

    void requestRotation(long computerId, String admin, LocalDateTime now) {
        if (Sql.update(dataSource, "UPDATE password_rotation_request SET requested = ?, requested_by = ? "
                + "WHERE computer_id = ?", now, admin, computerId) == 0) {
            Sql.update(dataSource, "INSERT INTO password_rotation_request (computer_id, requested, requested_by) "
                    + "VALUES (?, ?, ?)", computerId, now, admin);
        }
    }

    /**
     * After an agent's new passwords are stored (in its request's connection): the request is done, and each
     * rotated user keeps only its rule's {@code history} newest passwords.
     */
    public void afterStored(Connection c, long computerId, Collection<String> usernames) throws SQLException {
        if (usernames.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM password_rotation_request WHERE computer_id = ?")) {
            s.setLong(1, computerId);
            s.executeUpdate();
        }
        for (PasswordRule rule : rules.applicable(computerId)) {
            if (usernames.contains(rule.username())) {
                trim(c, computerId, rule.username(), rule.history());
            }
        }
    }

    private static void trim(Connection c, long computerId, String username, int keep) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM computer_password WHERE computer_id = ? "
                + "AND username = ? ORDER BY created DESC, id DESC")) {
            s.setLong(1, computerId);
            s.setString(2, username);
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM computer_password WHERE id = ?")) {
            for (Long id : ids.subList(Math.min(keep, ids.size()), ids.size())) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every stored password's user, time and state, newest first per user — no secrets. */
    List<Map<String, Object>> history(long computerId) {
        return Sql.rows(dataSource, "SELECT username, created, revoked FROM computer_password WHERE computer_id = ? "
                + "ORDER BY username, created DESC, id DESC", computerId);
    }

    /**
     * The decrypted passwords, per user: {@code {"username", "current": {"password", "created"}, "previous": [..]}}.
     * A password made with an agent key the computer no longer has shows {@code password: null} and says why.
     */
    List<Map<String, Object>> reveal(long computerId, Optional<String> username) {
        Keys keys = keys(computerId);
        Map<String, Map<String, Object>> users = new LinkedHashMap<>();
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT username, iv, secret, created FROM "
                + "computer_password WHERE computer_id = ? AND revoked = FALSE ORDER BY username, created DESC, id DESC",
                computerId)) {
            String user = (String) row.get("username");
            if (username.isPresent() && !username.get().equals(user)) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            String plaintext = keys.decrypt((String) row.get("iv"), (String) row.get("secret"));
            entry.put("password", plaintext);
            if (plaintext == null) {
                entry.put("error", "encrypted with an earlier agent key of this computer (keys were reset)");
            }
            entry.put("created", row.get("created"));
            Map<String, Object> shaped = users.computeIfAbsent(user, u -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("username", u);
                map.put("current", null);
                map.put("previous", new ArrayList<Map<String, Object>>());
                return map;
            });
            if (shaped.get("current") == null) {
                shaped.put("current", entry);
            } else {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> previous = (List<Map<String, Object>>) shaped.get("previous");
                previous.add(entry);
            }
        }
        return new ArrayList<>(users.values());
    }

    /** The newest applied password of a user, decrypted, if any (upstream's macOS {@code old_password}). */
    Optional<String> current(long computerId, String username) {
        Keys keys = keys(computerId);
        return Sql.rows(dataSource, "SELECT iv, secret FROM computer_password WHERE computer_id = ? AND username = ? "
                + "AND revoked = FALSE ORDER BY created DESC, id DESC", computerId, username).stream().findFirst()
                .map(row -> keys.decrypt((String) row.get("iv"), (String) row.get("secret")));
    }

    private Keys keys(long computerId) {
        Map<String, Object> row = Sql.rows(dataSource, "SELECT agent_key, pending_agent_key FROM computer WHERE id = ?",
                computerId).stream().findFirst()
                .orElseThrow(() -> RequestException.notFound("Computer " + computerId + " not found"));
        return new Keys((String) row.get("agent_key"), (String) row.get("pending_agent_key"));
    }

    /** The agent may have encrypted with its committed key or with one being issued (SPEC §1.8). */
    private record Keys(String agentKey, String pendingKey) {
        String decrypt(String iv, String secret) {
            String plaintext = agentKey == null ? null : PasswordCipher.decrypt(agentKey, iv, secret);
            return plaintext != null || pendingKey == null ? plaintext : PasswordCipher.decrypt(pendingKey, iv, secret);
        }
    }
}
