package org.ocoj.api.server;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an admin account may do. Every {@link ClientMethod} and {@link UiContribution} names the one permission it
 * needs; a role is a set of them (docs/accounts.md lists which built-in role holds which). The ids are stable:
 * custom roles store them.
 */
public enum Permission {
    /** Any signed-in account: server information, the UI's own set-up, the account's own password and tokens. */
    SIGNED_IN("signed_in", "Any signed-in account"),
    /** See computers, groups, inventory, reports, events and services (within the account's group scope). */
    COMPUTERS_READ("computers.read", "See computers, groups, reports, events and services"),
    /** Act on computers: create, remove, force update, wake, change group membership, reset keys. */
    COMPUTERS_MANAGE("computers.manage", "Act on computers: create, remove, force update, wake, group membership"),
    /** Create, rename, move and remove computer groups. */
    GROUPS_MANAGE("groups.manage", "Create, rename, move and remove computer groups"),
    /** Create, change and remove reports and report groups. */
    REPORTS_MANAGE("reports.manage", "Create, change and remove reports"),
    /** Create, change and remove event rules. */
    EVENTS_MANAGE("events.manage", "Create, change and remove event rules"),
    /** Settings, registration key, plugins, command templates, WOL satellites. */
    SETTINGS_MANAGE("settings.manage", "Settings, registration key, plugins, command templates, WOL satellites"),
    /** Admin accounts, roles and account locks. */
    ACCOUNTS_MANAGE("accounts.manage", "Admin accounts and roles"),
    /** Read the audit log. */
    AUDIT_READ("audit.read", "Read the audit log"),
    /** Reveal the local admin passwords agents rotated (LAPS); every reveal is audited. */
    PASSWORDS_READ("passwords.read", "Reveal local admin passwords rotated by agents (audited)");

    private final String id;
    private final String description;

    Permission(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Optional<Permission> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
