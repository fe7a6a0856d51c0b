package org.ocoj.dist.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/** Admin accounts through the client API: create, forced password change, disable, roles, and their audit trail. */
@ExtendWith(SharedServer.class)
class AccountsIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi admin = server.clientApi();

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnythingElse() {
        Map<String, Object> created = admin.data("oco.admin.create", Map.of("username", "helga", "role", "operator"));
        String generated = (String) created.get("generated_password");
        assertEquals(20, generated.length());
        ClientApi helga = Accounts.client(server, "helga", generated);

        ClientApi.Reply list = helga.call("oco.computer.list", Map.of());
        assertEquals(-32002, list.errorCode());
        assertEquals("Permission denied: change the generated password first (oco.admin.password)",
                list.errorMessage());

        assertEquals("data.current_password: this is not your current password", helga.call("oco.admin.password",
                Map.of("current_password", "wrong", "new_password", "a-long-enough-secret")).errorMessage());
        assertEquals("data.new_password: a password has 12 to 200 characters", helga.call("oco.admin.password",
                Map.of("current_password", generated, "new_password", "short")).errorMessage());
        assertEquals("data.new_password: a password must not contain the user name", helga.call(
                "oco.admin.password", Map.of("current_password", generated, "new_password", "helga-helga-helga"))
                .errorMessage());
        helga.data("oco.admin.password", Map.of("current_password", generated, "new_password", "tea-kettle-1987!"));

        ClientApi changed = Accounts.client(server, "helga", "tea-kettle-1987!");
        Map<String, Object> computers = changed.data("oco.computer.list", Map.of());
        assertTrue(computers.containsKey("computers"));
        assertEquals(401, helga.call("oco.info", Map.of()).status(), "the generated password is gone");
        assertFalse((Boolean) account("helga").get("must_change_password"));
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() {
        ClientApi olaf = Accounts.as(server, "olaf", "viewer");
        assertEquals(200, olaf.call("oco.info", Map.of()).status());
        admin.data("oco.admin.update", Map.of("username", "olaf", "disabled", true));
        assertEquals(401, olaf.call("oco.info", Map.of()).status());
        admin.data("oco.admin.update", Map.of("username", "olaf", "disabled", false));
        assertEquals(200, olaf.call("oco.info", Map.of()).status());
    }

    @Test
    void theLastAdministratorStays() {
        assertEquals("data.username: you cannot remove your own account",
                admin.call("oco.admin.remove", Map.of("username", "admin")).errorMessage());
        // other tests of the suite may have made administrators: switch them off for this test
        List<String> others = admin.<List<Map<String, Object>>>data("oco.admin.list", Map.of()).stream()
                .filter(a -> "administrator".equals(a.get("role")) && !Boolean.TRUE.equals(a.get("disabled")))
                .map(a -> (String) a.get("username")).filter(name -> !name.equals("admin")).toList();
        others.forEach(name -> admin.data("oco.admin.update", Map.of("username", name, "disabled", true)));
        try {
            assertEquals("Cannot take the administrator role from admin: it is the last enabled administrator",
                    admin.call("oco.admin.update", Map.of("username", "admin", "role", "viewer")).errorMessage());
            assertEquals("Cannot disable admin: it is the last enabled administrator",
                    admin.call("oco.admin.update", Map.of("username", "admin", "disabled", true)).errorMessage());
        } finally {
            server.database.update("UPDATE admin_user SET role = 'administrator', disabled = FALSE "
                    + "WHERE username = 'admin'"); // whatever happened, the suite keeps its administrator
            others.forEach(name -> admin.data("oco.admin.update", Map.of("username", name, "disabled", false)));
        }
        assertEquals("administrator", account("admin").get("role"));
    }

    @Test
    void aCustomRoleGrantsExactlyItsPermissions() {
        admin.data("oco.role.create", Map.of("name", "helpdesk", "permissions",
                List.of("computers.read", "computers.manage")));
        assertEquals("data.permissions: unknown permission everything (known: signed_in, computers.read, "
                + "computers.manage, groups.manage, reports.manage, events.manage, settings.manage, accounts.manage, "
                + "audit.read, passwords.read)", admin.call("oco.role.create", Map.of("name", "bad", "permissions",
                List.of("everything"))).errorMessage());
        ClientApi desk = Accounts.as(server, "desk", "helpdesk");
        ClientApi.Reply forceUpdate = desk.call("oco.computer.force_update", Map.of("id", 999_999, "force", true));
        assertEquals(-32003, forceUpdate.errorCode(), "allowed, and the computer does not exist: " + forceUpdate.body());
        assertEquals(-32002, desk.call("oco.computer_group.create", Map.of("name", "x")).errorCode());
        assertEquals("data.name: accounts still have the role helpdesk; give them another role first",
                admin.call("oco.role.remove", Map.of("name", "helpdesk")).errorMessage());

        Map<String, Object> audit = admin.data("oco.audit.list", Map.of("actor", "desk", "outcome", "refused"));
        List<Map<String, Object>> entries = Json.at(audit, "entries");
        assertEquals(1, ((Number) audit.get("total")).intValue(), audit.toString());
        assertEquals("oco.computer_group.create", entries.get(0).get("action"));
        assertEquals("oco.computer_group.create needs the permission groups.manage, which the role helpdesk does not "
                + "have", Json.at(entries.get(0), "detail", "reason"));

        admin.data("oco.role.update", Map.of("name", "helpdesk", "permissions", List.of("computers.read")));
        assertEquals(-32002, desk.call("oco.computer.force_update", Map.of("id", 999_999, "force", true)).errorCode(),
                "the changed role holds from the account's next call on");
        assertEquals(List.of("signed_in", "computers.read"), admin.<Map<String, List<Map<String, Object>>>>data(
                "oco.role.list", Map.of()).get("roles").stream().filter(r -> "helpdesk".equals(r.get("name")))
                .findFirst().orElseThrow().get("permissions"));
        assertEquals("data.name: the built-in role operator cannot be changed", admin.call("oco.role.update",
                Map.of("name", "operator", "permissions", List.of("computers.read"))).errorMessage());
        assertEquals("Not found: role nobody", admin.call("oco.role.update",
                Map.of("name", "nobody", "permissions", List.of())).errorMessage());
        Map<String, Object> changed = admin.data("oco.audit.list", Map.of("action", "oco.role.update"));
        assertEquals("role:helpdesk", Json.at(Json.<List<Map<String, Object>>>at(changed, "entries").get(0),
                "object_ref"));
    }

    @Test
    void accountChangesAreInTheAuditLog() {
        Accounts.as(server, "audited", "viewer");
        admin.data("oco.admin.update", Map.of("username", "audited", "role", "operator"));
        admin.data("oco.admin.remove", Map.of("username", "audited"));
        Map<String, Object> audit = admin.data("oco.audit.list", Map.of("action", "oco.admin.*", "limit", 50));
        List<String> actions = Json.<List<Map<String, Object>>>at(audit, "entries").stream()
                .filter(e -> "admin:audited".equals(e.get("object_ref"))).map(e -> (String) e.get("action")).toList();
        assertEquals(List.of("oco.admin.remove", "oco.admin.update", "oco.admin.create"), actions);
        assertEquals("data.limit must be between 1 and 1000",
                admin.call("oco.audit.list", Map.of("limit", 0)).errorMessage());
        assertEquals("data.since must be a time like 2026-12-03 14:05:00",
                admin.call("oco.audit.list", Map.of("since", "yesterday")).errorMessage());
    }

    private Map<String, Object> account(String username) {
        List<Map<String, Object>> accounts = admin.data("oco.admin.list", Map.of());
        return accounts.stream().filter(a -> username.equals(a.get("username"))).findFirst().orElseThrow();
    }
}
