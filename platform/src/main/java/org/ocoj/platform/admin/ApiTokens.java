package org.ocoj.platform.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ocoj.api.server.Permission;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.security.Secrets;
import org.ocoj.platform.security.TokenHash;

/**
 * Personal API tokens: an account makes named, expiring tokens for its scripts, usable as a Bearer token or as
 * {@code params.api_key} next to its Basic auth. A token acts as its owner, optionally with fewer permissions.
 */
@ApplicationScoped
public class ApiTokens {

    /** Tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
    public static final String PREFIX = "ocot_";
    /** last_used is written at most this often per token. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    /** What a valid token grants: its owner, and the permissions it is limited to (empty: all of the owner's). */
    public record Grant(String username, Optional<Set<Permission>> limit) {
    }

    /** A token just made: the secret exists only in this answer. */
    public record Issued(long id, String token, String expires) {
    }

    public Issued create(String username, String name, Duration lifetime, Optional<Set<Permission>> limit) {
        String token = PREFIX + Secrets.randomKey(40);
        LocalDateTime now = now();
        LocalDateTime expires = now.plus(lifetime);
        long id = Sql.insert(dataSource, "INSERT INTO admin_token (username, name, token_hash, permissions, created, "
                + "expires) VALUES (?, ?, ?, ?, ?, ?)", username, name, TokenHash.of(token),
                limit.map(ApiTokens::ids).orElse(null), now, expires);
        return new Issued(id, token, Sql.time(expires));
    }

    /** The account's tokens without secrets: {@code [{"id", "name", "permissions", "created", "expires", "last_used", "expired"}]}. */
    public List<Map<String, Object>> list(String username) {
        LocalDateTime now = now();
        return Sql.rows(dataSource, "SELECT id, name, permissions, created, expires, last_used, expires < ? AS expired "
                + "FROM admin_token WHERE username = ? ORDER BY id", now, username).stream().map(row -> {
                    Object permissions = row.get("permissions");
                    row.put("permissions", permissions == null ? null : List.of(((String) permissions).split(",")));
                    row.put("expired", AccountStore.truthy(row.get("expired")));
                    return row;
                }).toList();
    }

    /** @return whether the account had this token */
    public boolean revoke(String username, long id) {
        return Sql.update(dataSource, "DELETE FROM admin_token WHERE id = ? AND username = ?", id, username) > 0;
    }

    public void removeAll(String username) {
        Sql.update(dataSource, "DELETE FROM admin_token WHERE username = ?", username);
    }

    /** The grant of a live token; an unknown, revoked or expired one gives nothing. */
    public Optional<Grant> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        String hash = TokenHash.of(token);
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT id, username, permissions FROM admin_token "
                + "WHERE token_hash = ? AND expires > ?", hash, now);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        Sql.update(dataSource, "UPDATE admin_token SET last_used = ? WHERE id = ? AND (last_used IS NULL OR "
                + "last_used < ?)", now, row.get("id"), now.minus(TOUCH_EVERY));
        Object permissions = row.get("permissions");
        return Optional.of(new Grant((String) row.get("username"), permissions == null ? Optional.empty()
                : Optional.of(parse((String) permissions))));
    }

    private static String ids(Set<Permission> permissions) {
        return permissions.stream().map(Permission::id).collect(Collectors.joining(","));
    }

    private static Set<Permission> parse(String ids) {
        Set<Permission> permissions = EnumSet.of(Permission.SIGNED_IN);
        for (String id : ids.split(",")) {
            Permission.byId(id).ifPresent(permissions::add);
        }
        return permissions;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

}
