package org.ocoj.platform.admin;

import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.SettingDefinition;
import org.ocoj.api.server.SettingDefinition.Type;

/** Directory login (LDAP, Active Directory): off while {@link #URL} is empty. docs/accounts.md, "Directory login". */
public final class DirectorySettings {

    public static final SettingDefinition URL = SettingDefinition.of("ldap.url", Type.STRING, "",
            "LDAP server for directory login, e.g. ldaps://dc1.example.org:636; empty: directory login is off")
            .withConfigProperty("oco.ldap.url");
    public static final SettingDefinition USER_DN = SettingDefinition.of("ldap.user-dn", Type.STRING,
            "uid={username},ou=people,dc=example,dc=org",
            "The DN a user binds as; {username} is replaced by the login name (escaped)")
            .withConfigProperty("oco.ldap.user-dn");
    public static final SettingDefinition GROUP_BASE = SettingDefinition.of("ldap.group-base", Type.STRING,
            "ou=groups,dc=example,dc=org", "Where the groups that grant roles are searched")
            .withConfigProperty("oco.ldap.group-base");
    public static final SettingDefinition GROUP_FILTER = SettingDefinition.of("ldap.group-filter", Type.STRING,
            "(&(objectClass=groupOfNames)(member={dn}))",
            "The groups of a user; {dn} is the user's DN (Active Directory: (&(objectClass=group)(member={dn})))")
            .withConfigProperty("oco.ldap.group-filter");
    public static final SettingDefinition GROUP_ROLES = new SettingDefinition("ldap.group-roles", Type.STRING, "",
            "Directory group (cn) to role, the first match wins: oco-admins=administrator,helpdesk=operator",
            Optional.of("oco.ldap.group-roles"), false);

    public static final List<SettingDefinition> ALL = List.of(URL, USER_DN, GROUP_BASE, GROUP_FILTER, GROUP_ROLES);

    private DirectorySettings() {
    }
}
