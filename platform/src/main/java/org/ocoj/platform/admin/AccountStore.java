package org.ocoj.platform.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/** The {@code admin_user} rows behind the accounts methods; joins the caller's transaction. */
@ApplicationScoped
public class AccountStore {

    static final String USERNAME = "[A-Za-z0-9._@-]{1,100}";
    /** The password hash of an account the directory checks: no password verifies against it. */
    static final String DIRECTORY = "directory";

    /** What kind of account a user name is, for deciding who checks its password. */
    public enum Kind { NONE, LOCAL, DIRECTORY, DISABLED }

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Roles roles;
    @Inject
    Clock clock;

    /** The account with its role's permissions; a role that vanished leaves only {@link Permission#SIGNED_IN}. */
    public Optional<Account> find(String username) {
        return Sql.rows(dataSource, "SELECT username, role, disabled, must_change_password FROM admin_user "
                + "WHERE username = ?", username).stream().findFirst().map(row -> {
                    String role = (String) row.get("role");
                    Set<Permission> permissions = roles.permissions(role).orElse(Set.of(Permission.SIGNED_IN));
                    return new Account((String) row.get("username"), role, permissions, truthy(row.get("disabled")),
                            truthy(row.get("must_change_password")));
                });
    }

    public List<Map<String, Object>> list() {
        return Sql.rows(dataSource, "SELECT username, role, disabled, must_change_password, created, last_login "
                + "FROM admin_user ORDER BY username").stream().map(row -> {
                    row.put("disabled", truthy(row.get("disabled")));
                    row.put("must_change_password", truthy(row.get("must_change_password")));
                    return row;
                }).toList();
    }

    public void create(String username, String role, String passwordHash, boolean mustChangePassword) {
        if (!username.matches(USERNAME)) {
            throw RequestException.invalid("data.username: 1 to 100 letters, digits, '.', '_', '@', '-'");
        }
        requireRole(role);
        if (find(username).isPresent()) {
            throw RequestException.invalid("data.username: the account " + username + " exists already");
        }
        Sql.update(dataSource, "INSERT INTO admin_user (username, password_hash, created, role, disabled, "
                + "must_change_password) VALUES (?, ?, ?, ?, ?, ?)", username, passwordHash, now(), role, false,
                mustChangePassword);
    }

    public void setRole(String username, String role) {
        requireRole(role);
        Account account = require(username);
        if (account.isAdministrator() && !Roles.ADMINISTRATOR.equals(role)) {
            requireAnotherAdministrator(username, "take the administrator role from");
        }
        Sql.update(dataSource, "UPDATE admin_user SET role = ? WHERE username = ?", role, username);
    }

    public void setDisabled(String username, boolean disabled) {
        Account account = require(username);
        if (disabled && account.isAdministrator()) {
            requireAnotherAdministrator(username, "disable");
        }
        Sql.update(dataSource, "UPDATE admin_user SET disabled = ? WHERE username = ?", disabled, username);
    }

    public void remove(String username) {
        Account account = require(username);
        if (account.isAdministrator()) {
            requireAnotherAdministrator(username, "remove");
        }
        Sql.update(dataSource, "DELETE FROM admin_user WHERE username = ?", username);
    }

    public String passwordHash(String username) {
        require(username);
        return (String) Sql.rows(dataSource, "SELECT password_hash FROM admin_user WHERE username = ?", username)
                .get(0).get("password_hash");
    }

    public void setPassword(String username, String passwordHash, boolean mustChangePassword) {
        Sql.update(dataSource, "UPDATE admin_user SET password_hash = ?, must_change_password = ?, "
                + "password_changed = ? WHERE username = ?", passwordHash, mustChangePassword, now(), username);
    }

    public Kind kind(String username) {
        return Sql.rows(dataSource, "SELECT password_hash, disabled FROM admin_user WHERE username = ?", username)
                .stream().findFirst().map(row -> truthy(row.get("disabled")) ? Kind.DISABLED
                        : DIRECTORY.equals(row.get("password_hash")) ? Kind.DIRECTORY : Kind.LOCAL)
                .orElse(Kind.NONE);
    }

    /** Creates or updates the account of a directory user with the role its groups map to, at each login. */
    public void saveDirectoryAccount(String username, String role) {
        if (Sql.update(dataSource, "UPDATE admin_user SET role = ?, last_login = ? WHERE username = ? "
                + "AND password_hash = ?", role, now(), username, DIRECTORY) == 0) {
            Sql.update(dataSource, "INSERT INTO admin_user (username, password_hash, created, role, disabled, "
                    + "must_change_password, last_login) VALUES (?, ?, ?, ?, ?, ?, ?)", username, DIRECTORY, now(),
                    role, false, false, now());
        }
    }

    public Account require(String username) {
        return find(username).orElseThrow(() -> RequestException.notFound("Not found: account " + username));
    }

    private void requireRole(String role) {
        if (!roles.exists(role)) {
            throw RequestException.invalid("data.role: unknown role " + role + " (see oco.role.list)");
        }
    }

    /** Keeps at least one enabled administrator, so nobody can lock everybody out of accounts and settings. */
    private void requireAnotherAdministrator(String username, String what) {
        Number others = (Number) Sql.rows(dataSource, "SELECT COUNT(*) AS n FROM admin_user WHERE role = ? "
                + "AND disabled = ? AND username <> ?", Roles.ADMINISTRATOR, false, username).get(0).get("n");
        if (others.longValue() == 0) {
            throw RequestException.invalid("Cannot " + what + " " + username
                    + ": it is the last enabled administrator");
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
