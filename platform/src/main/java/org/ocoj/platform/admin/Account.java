package org.ocoj.platform.admin;

import java.util.EnumSet;
import java.util.Set;
import org.ocoj.api.server.Permission;

/**
 * An admin account as the permission check sees it: its role's permissions, whether it is switched off, and
 * whether it must change its (generated) password before doing anything else.
 */
public record Account(String username, String role, Set<Permission> permissions, boolean disabled,
                      boolean mustChangePassword, boolean narrowed) {

    public Account(String username, String role, Set<Permission> permissions, boolean disabled,
                   boolean mustChangePassword) {
        this(username, role, permissions, disabled, mustChangePassword, false);
    }

    /** An administrator's token limited to some permissions is no administrator: it has just those. */
    public boolean isAdministrator() {
        return Roles.ADMINISTRATOR.equals(role) && !narrowed;
    }

    /** The account as a token with these permissions sees it: never more than the account's own. */
    public Account narrowedTo(Set<Permission> limit) {
        Set<Permission> both = EnumSet.noneOf(Permission.class);
        permissions.stream().filter(limit::contains).forEach(both::add);
        return new Account(username, role, both, disabled, mustChangePassword, true);
    }

    /** Administrators may do everything, including what a method forgot to declare. */
    public boolean permits(Permission permission) {
        return isAdministrator() || permissions.contains(permission);
    }
}
