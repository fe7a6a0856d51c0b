package org.ocoj.platform.agent;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;
import org.ocoj.platform.laps.StoredPasswords;

/**
 * {@code oco.agent.passwords} (SPEC §2.7). Every entry is checked to decrypt with the computer's agent key
 * (else 400, nothing stored), then stored as sent — still encrypted with that key. A {@code revoke} marks the
 * user's newest stored password as revoked. New passwords end an admin's "rotate now" and trim the user's history
 * to its rule's count. Always answered 200 when valid: the agent needs it (SPEC §8.10).
 */
@ApplicationScoped
class PasswordsHandler {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    StoredPasswords storedPasswords;

    void handle(AgentContext context, String agentKey) {
        JsonParams data = context.request.data();
        List<Object> entries;
        try {
            if (!data.has("passwords")) {
                throw RequestException.invalid("params.data.passwords is required");
            }
            entries = data.list("passwords");
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
        int stored = 0;
        java.util.Set<String> rotated = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < entries.size(); i++) {
                JsonParams entry = entry(entries.get(i), i);
                int count = store(c, context, entry, agentKey, i);
                if (count > 0 && !Boolean.TRUE.equals(entry.raw("revoke"))) {
                    rotated.add((String) entry.raw("username"));
                }
                stored += count;
            }
            storedPasswords.afterStored(c, context.computer.id(), rotated);
        } catch (SQLException e) {
            throw new SqlFailure("storing passwords of " + context.computer.hostname(), e);
        }
        context.responseParams.put("stored", stored);
        Heartbeat.recordContact(context);
    }

    private static JsonParams entry(Object value, int index) {
        try {
            return JsonParams.of(value, "params.data.passwords[" + index + "]");
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static int store(Connection c, AgentContext context, JsonParams entry, String agentKey, int index)
            throws SQLException {
        String username;
        Object password = entry.raw("password");
        try {
            username = entry.optionalString("username", 200).orElse("");
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid password data: " + e.getMessage());
        }
        if (username.isEmpty() || password == null || "".equals(password)) {
            return 0;
        }
        if (!(password instanceof Map)) {
            throw AgentException.badRequest("Invalid password data: passwords[" + index
                    + "].password must be an object with iv and data (plaintext passwords are not accepted)");
        }
        Map<String, Object> encrypted = (Map<String, Object>) password;
        Object iv = encrypted.get("iv");
        Object secret = encrypted.get("data");
        String plaintext = iv instanceof String && secret instanceof String
                ? PasswordCipher.decrypt(agentKey, (String) iv, (String) secret) : null;
        if (plaintext == null) {
            throw AgentException.badRequest("Invalid password data: passwords[" + index
                    + "] cannot be decrypted with this computer's agent key");
        }
        if (Boolean.TRUE.equals(entry.raw("revoke"))) {
            return revoke(c, context, username, plaintext, agentKey);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO computer_password "
                + "(computer_id, username, iv, secret, created) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, context.computer.id());
            s.setString(2, username);
            s.setString(3, (String) iv);
            s.setString(4, (String) secret);
            s.setObject(5, context.now);
            return s.executeUpdate();
        }
    }

    /** Marks a password the agent could not apply (sent in the last five minutes) as revoked. */
    private static int revoke(Connection c, AgentContext context, String username, String plaintext,
                              String agentKey) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, iv, secret FROM computer_password "
                + "WHERE computer_id = ? AND username = ? AND revoked = FALSE AND created > ?")) {
            s.setLong(1, context.computer.id());
            s.setString(2, username);
            s.setObject(3, context.now.minusMinutes(5));
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (plaintext.equals(PasswordCipher.decrypt(agentKey, r.getString(2), r.getString(3)))) {
                        ids.add(r.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE computer_password SET revoked = TRUE WHERE id = ?")) {
            for (Long id : ids) {
                s.setLong(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
        return ids.size();
    }
}
