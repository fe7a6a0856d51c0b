package org.ocoj.platform.admin;

import java.util.Set;
import org.ocoj.api.server.Permission;

/**
 * An admin account as the permission check sees it: its role's permissions, whether it is switched off, and
 * whether it must change its (generated) password before doing anything else.
 */
public record Account(String username, String role, Set<Permission> permissions, boolean disabled,
                      boolean mustChangePassword) {

    public boolean isAdministrator() {
        return Roles.ADMINISTRATOR.equals(role);
    }

    /** Administrators may do everything, including what a method forgot to declare. */
    public boolean permits(Permission permission) {
        return isAdministrator() || permissions.contains(permission);
    }
}
