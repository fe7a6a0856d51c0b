package org.ocoj.platform.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * Roles: the three built-in ones (docs/accounts.md) and custom ones, each a set of {@link Permission}s stored in
 * {@code admin_role}. Every role holds {@link Permission#SIGNED_IN}.
 */
@ApplicationScoped
public class Roles {

    public static final String ADMINISTRATOR = "administrator";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    private static final Map<String, Set<Permission>> BUILT_IN = Map.of(
            ADMINISTRATOR, EnumSet.allOf(Permission.class),
            OPERATOR, EnumSet.of(Permission.SIGNED_IN, Permission.COMPUTERS_READ, Permission.COMPUTERS_MANAGE,
                    Permission.GROUPS_MANAGE, Permission.REPORTS_MANAGE, Permission.EVENTS_MANAGE),
            VIEWER, EnumSet.of(Permission.SIGNED_IN, Permission.COMPUTERS_READ));

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    public Optional<Set<Permission>> permissions(String role) {
        Set<Permission> builtIn = BUILT_IN.get(role);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        return Sql.rows(dataSource, "SELECT permissions FROM admin_role WHERE name = ?", role).stream()
                .findFirst().map(row -> parse((String) row.get("permissions")));
    }

    public boolean exists(String role) {
        return permissions(role).isPresent();
    }

    /** All roles: {@code [{"name", "built_in", "permissions": [ids]}]}, built-in ones first. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> roles = new ArrayList<>();
        for (String name : List.of(ADMINISTRATOR, OPERATOR, VIEWER)) {
            roles.add(shape(name, true, BUILT_IN.get(name)));
        }
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT name, permissions FROM admin_role ORDER BY name")) {
            roles.add(shape((String) row.get("name"), false, parse((String) row.get("permissions"))));
        }
        return roles;
    }

    public void create(String name, Collection<String> permissionIds) {
        if (!name.matches("[a-z0-9][a-z0-9_.-]{0,99}")) {
            throw RequestException.invalid("data.name: a role name is lower-case letters, digits, '_', '.', '-' "
                    + "(at most 100)");
        }
        if (exists(name)) {
            throw RequestException.invalid("data.name: the role " + name + " exists already");
        }
        Sql.update(dataSource, "INSERT INTO admin_role (name, permissions, created) VALUES (?, ?, ?)", name,
                stored(permissionIds), LocalDateTime.now(clock));
    }

    /**
     * Gives a custom role a new set of permissions. Accounts with the role have them from their next call on: each
     * call reads its account's role afresh.
     */
    public void update(String name, Collection<String> permissionIds) {
        if (BUILT_IN.containsKey(name)) {
            throw RequestException.invalid("data.name: the built-in role " + name + " cannot be changed");
        }
        if (Sql.update(dataSource, "UPDATE admin_role SET permissions = ? WHERE name = ?", stored(permissionIds),
                name) == 0) {
            throw RequestException.notFound("Not found: role " + name);
        }
    }

    /** The stored form of a permission list: known ids, comma-separated, always with {@code signed_in}. */
    private static String stored(Collection<String> permissionIds) {
        Set<Permission> permissions = EnumSet.of(Permission.SIGNED_IN);
        for (String id : permissionIds) {
            permissions.add(Permission.byId(id).orElseThrow(() -> RequestException.invalid(
                    "data.permissions: unknown permission " + id + " (known: " + Arrays.stream(Permission.values())
                            .map(Permission::id).collect(Collectors.joining(", ")) + ")")));
        }
        return permissions.stream().map(Permission::id).collect(Collectors.joining(","));
    }

    public void remove(String name) {
        if (BUILT_IN.containsKey(name)) {
            throw RequestException.invalid("data.name: the built-in role " + name + " cannot be removed");
        }
        if (!Sql.rows(dataSource, "SELECT username FROM admin_user WHERE role = ?", name).isEmpty()) {
            throw RequestException.invalid("data.name: accounts still have the role " + name
                    + "; give them another role first");
        }
        if (Sql.update(dataSource, "DELETE FROM admin_role WHERE name = ?", name) == 0) {
            throw RequestException.notFound("Not found: role " + name);
        }
    }

    private static Set<Permission> parse(String ids) {
        Set<Permission> permissions = EnumSet.of(Permission.SIGNED_IN);
        for (String id : ids.split(",")) {
            Permission.byId(id.trim()).ifPresent(permissions::add); // a permission dropped by an upgrade is gone
        }
        return permissions;
    }

    private static Map<String, Object> shape(String name, boolean builtIn, Set<Permission> permissions) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("built_in", builtIn);
        map.put("permissions", permissions.stream().map(Permission::id).toList());
        return map;
    }
}
