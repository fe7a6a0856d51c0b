package org.ocoj.dist.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/**
 * Every client API method the server answers — core and every bundled plugin's — against the three built-in roles.
 * The table below is the specification: a new method fails {@link #everyMethodDeclaresThePermissionInTheTable}
 * until it declares a permission and is listed here.
 */
@ExtendWith(SharedServer.class)
class RolePermissionsIT {

    private static final String READ = "computers.read";
    private static final String COMPUTERS = "computers.manage";
    private static final String GROUPS = "groups.manage";
    private static final String REPORTS = "reports.manage";
    private static final String EVENTS = "events.manage";
    private static final String SETTINGS = "settings.manage";
    private static final String ACCOUNTS = "accounts.manage";
    private static final String AUDIT = "audit.read";
    private static final String PASSWORDS = "passwords.read";
    private static final String ANYONE = "signed_in";
    /** The test-probe plugin's method that declares nothing: administrators only. */
    private static final String UNDECLARED = "(undeclared)";

    private static final Map<String, String> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("oco.info", ANYONE), Map.entry("oco.ui.contributions", ANYONE),
            Map.entry("oco.admin.password", ANYONE), Map.entry("oco.admin.sessions", ANYONE),
            Map.entry("oco.admin.logout_everywhere", ANYONE), Map.entry("oco.token.create", ANYONE),
            Map.entry("oco.token.list", ANYONE), Map.entry("oco.token.revoke", ANYONE),
            Map.entry("oco.computer.get", READ), Map.entry("oco.computer.list", READ),
            Map.entry("oco.computer.summary", READ), Map.entry("oco.dashboard.series", READ), Map.entry("oco.report.fields", READ),
            Map.entry("oco.report.get", READ), Map.entry("oco.report.list", READ), Map.entry("oco.report.run", READ),
            Map.entry("oco.report.execute", READ), Map.entry("oco.event.list", READ),
            Map.entry("oco.event_rule.list", READ), Map.entry("oco.service.history", READ),
            Map.entry("oco.service.list", READ), Map.entry("oco.service.summary", READ),
            Map.entry("oco.plugin.list", READ), Map.entry("oco.computer_command.list", READ),
            Map.entry("oco.software.list", READ), Map.entry("oco.software.get", READ),
            Map.entry("oco.probe.ping", READ), Map.entry("oco.probe.select", READ),
            Map.entry("oco.computer.create", COMPUTERS), Map.entry("oco.computer.remove", COMPUTERS),
            Map.entry("oco.computer.update", COMPUTERS),
            Map.entry("oco.computer.force_update", COMPUTERS), Map.entry("oco.computer.add_to_group", COMPUTERS),
            Map.entry("oco.computer.remove_from_group", COMPUTERS),
            Map.entry("oco.computer.reset_agent_clock", COMPUTERS), Map.entry("oco.computer.reset_keys", COMPUTERS),
            Map.entry("oco.computer.wol", COMPUTERS),
            Map.entry("oco.computer_group.create", GROUPS), Map.entry("oco.computer_group.move", GROUPS),
            Map.entry("oco.computer_group.remove", GROUPS), Map.entry("oco.computer_group.rename", GROUPS),
            Map.entry("oco.report.create", REPORTS), Map.entry("oco.report.update", REPORTS),
            Map.entry("oco.report.remove", REPORTS), Map.entry("oco.report_group.create", REPORTS),
            Map.entry("oco.report_group.move", REPORTS), Map.entry("oco.report_group.remove", REPORTS),
            Map.entry("oco.report_group.rename", REPORTS),
            Map.entry("oco.event_rule.create", EVENTS), Map.entry("oco.event_rule.update", EVENTS),
            Map.entry("oco.event_rule.remove", EVENTS),
            Map.entry("oco.setting.list", SETTINGS), Map.entry("oco.setting.set", SETTINGS),
            Map.entry("oco.registration_key.rotate", SETTINGS), Map.entry("oco.import.oco", SETTINGS), Map.entry("oco.plugin.enable", SETTINGS),
            Map.entry("oco.plugin.disable", SETTINGS), Map.entry("oco.wol_satellite.create", SETTINGS),
            Map.entry("oco.wol_satellite.list", SETTINGS), Map.entry("oco.wol_satellite.remove", SETTINGS),
            Map.entry("oco.wol_satellite.test", SETTINGS), Map.entry("oco.wol_satellite.update", SETTINGS),
            Map.entry("oco.computer_command.create", SETTINGS), Map.entry("oco.computer_command.update", SETTINGS),
            Map.entry("oco.computer_command.remove", SETTINGS),
            Map.entry("oco.admin.unlock", ACCOUNTS), Map.entry("oco.admin.list", ACCOUNTS),
            Map.entry("oco.admin.create", ACCOUNTS), Map.entry("oco.admin.update", ACCOUNTS),
            Map.entry("oco.admin.remove", ACCOUNTS), Map.entry("oco.role.list", ACCOUNTS),
            Map.entry("oco.role.create", ACCOUNTS), Map.entry("oco.role.remove", ACCOUNTS),
            Map.entry("oco.role.update", ACCOUNTS),
            Map.entry("oco.permission.list", ACCOUNTS),
            Map.entry("oco.audit.list", AUDIT),
            Map.entry("oco.password_rule.list", READ), Map.entry("oco.computer.password_history", READ),
            Map.entry("oco.computer.rotate_passwords", COMPUTERS), Map.entry("oco.password_rule.create", SETTINGS),
            Map.entry("oco.password_rule.update", SETTINGS), Map.entry("oco.password_rule.remove", SETTINGS),
            Map.entry("oco.computer.passwords", PASSWORDS),
            Map.entry("oco.probe.stop_thread", UNDECLARED), Map.entry("oco.probe.fail", UNDECLARED),
            Map.entry("oco.probe.sleep", UNDECLARED), Map.entry("oco.probe.hold_connection", UNDECLARED)));

    /** What each built-in role holds (docs/accounts.md). */
    private static final Map<String, Set<String>> ROLES = Map.of(
            "administrator", Set.of(ANYONE, READ, COMPUTERS, GROUPS, REPORTS, EVENTS, SETTINGS, ACCOUNTS, AUDIT,
                    PASSWORDS, UNDECLARED),
            "operator", Set.of(ANYONE, READ, COMPUTERS, GROUPS, REPORTS, EVENTS),
            "viewer", Set.of(ANYONE, READ));

    /** Allowed calls that would change what other tests rely on even with empty data: never sent. */
    private static final Set<String> NOT_SENT_WHEN_ALLOWED = Set.of("oco.registration_key.rotate",
            "oco.probe.stop_thread", "oco.import.oco");

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void everyMethodDeclaresThePermissionInTheTable() {
        List<Map<String, Object>> declared = server.clientApi().data("oco.permission.list", Map.of());
        Map<String, String> actual = declared.stream().collect(Collectors.toMap(m -> (String) m.get("method"),
                m -> m.get("permission") == null ? UNDECLARED : (String) m.get("permission"), (a, b) -> a,
                TreeMap::new));
        assertEquals(TABLE, actual, "methods and the permissions they declare (a method of a bundled plugin or the "
                + "core without a declaration shows as " + UNDECLARED + ")");
    }

    @Test
    void eachRoleIsRefusedExactlyWhatItDoesNotHold() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> role : ROLES.entrySet()) {
            ClientApi client = role.getKey().equals("administrator") ? server.clientApi()
                    : Accounts.as(server, "table-" + role.getKey(), role.getKey());
            for (Map.Entry<String, String> method : TABLE.entrySet()) {
                boolean allowed = role.getValue().contains(method.getValue());
                if (allowed && NOT_SENT_WHEN_ALLOWED.contains(method.getKey())) {
                    continue;
                }
                ClientApi.Reply reply = client.call(method.getKey(), Map.of());
                assertEquals(200, reply.status(), method.getKey() + " as " + role.getKey() + ": " + reply.body());
                boolean refused = reply.json().containsKey("error") && reply.errorCode() == -32002;
                if (refused == allowed) {
                    wrong.add(method.getKey() + " as " + role.getKey() + (allowed ? " was refused: " : " was let through: ")
                            + reply.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRefusalSaysWhichPermissionIsMissingAndIsAudited() {
        ClientApi viewer = Accounts.as(server, "refused-viewer", "viewer");
        ClientApi.Reply reply = viewer.call("oco.computer_group.create", Map.of("name", "made-by-a-viewer"));
        assertEquals(-32002, reply.errorCode());
        assertEquals("Permission denied: oco.computer_group.create needs the permission groups.manage, which the role "
                + "viewer does not have", reply.errorMessage());
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? "
                + "AND outcome = 'refused'", "refused-viewer", "oco.computer_group.create"));
        assertEquals(0, server.database.count("SELECT COUNT(*) FROM computer_group WHERE name = ?",
                "made-by-a-viewer"), "the refused change did not happen");
    }
}
