package org.ocoj.platform.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.security.Secrets;
import org.ocoj.platform.security.TokenHash;

/**
 * Web UI sessions, kept in the database so every node knows them and logout ends them everywhere. A session
 * ends after {@link #IDLE} without use or {@link #MAX_AGE} after login, whichever comes first.
 */
@ApplicationScoped
public class AdminSessions {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration MAX_AGE = Duration.ofHours(12);
    /** last_seen is written at most this often per session: one write a minute, not one per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    /** A live session: the cookie value (only known to the browser), its admin and its CSRF token. */
    public record Session(String token, String username, String csrfToken) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Session open(String username, String remoteAddress) {
        LocalDateTime now = now();
        Sql.update(dataSource, "DELETE FROM admin_session WHERE last_seen < ? OR created < ?",
                now.minus(IDLE), now.minus(MAX_AGE));
        Session session = new Session(Secrets.randomKey(40), username, Secrets.randomKey(40));
        Sql.update(dataSource, "INSERT INTO admin_session (token_hash, username, csrf_token, created, last_seen, "
                + "remote_address) VALUES (?, ?, ?, ?, ?, ?)", TokenHash.of(session.token()), username, session.csrfToken(),
                now, now, remoteAddress);
        return session;
    }

    /** The live session with this cookie value; using it keeps it alive. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        String hash = TokenHash.of(token);
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT username, csrf_token FROM admin_session "
                + "WHERE token_hash = ? AND last_seen >= ? AND created >= ?", hash, now.minus(IDLE), now.minus(MAX_AGE));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Sql.update(dataSource, "UPDATE admin_session SET last_seen = ? WHERE token_hash = ? AND last_seen < ?",
                now, hash, now.minus(TOUCH_EVERY));
        Map<String, Object> row = rows.get(0);
        return Optional.of(new Session(token, (String) row.get("username"), (String) row.get("csrf_token")));
    }

    /** Checks the CSRF token a state-changing request carries against its session, in constant time. */
    public static boolean csrfMatches(Session session, String supplied) {
        return supplied != null && MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                supplied.getBytes(StandardCharsets.UTF_8));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Session session) {
        Sql.update(dataSource, "DELETE FROM admin_session WHERE token_hash = ?", TokenHash.of(session.token()));
    }

    /** The account's live sessions, newest first: {@code [{"id", "created", "last_seen", "remote_address"}]}. */
    public List<Map<String, Object>> listFor(String username) {
        LocalDateTime now = now();
        return Sql.rows(dataSource, "SELECT SUBSTRING(token_hash, 1, 12) AS id, created, last_seen, remote_address "
                + "FROM admin_session WHERE username = ? AND last_seen >= ? AND created >= ? ORDER BY created DESC",
                username, now.minus(IDLE), now.minus(MAX_AGE));
    }

    /** Ends every session of the account ("log out everywhere", a disabled or removed account). */
    public int closeAll(String username) {
        return Sql.update(dataSource, "DELETE FROM admin_session WHERE username = ?", username);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

}
