package org.ocoj.dist.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/**
 * Directory login against a real OpenLDAP (Debian slapd, started by this test): two users in two directory groups
 * mapped to two roles, a user in no mapped group, a wrong password, and local accounts that keep working.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryLoginIT {

    private final SharedServer.Running server = SharedServer.get();
    private Slapd slapd;

    @BeforeAll
    void startDirectory() throws Exception {
        assertTrue(Slapd.installed(), "Debian slapd is needed (apt-get install -y slapd; .ci/run does it)");
        slapd = Slapd.start(Slapd.base() + Slapd.person("anna", "anna-directory-pw") + Slapd.person("bert",
                "bert-directory-pw") + Slapd.person("carl", "carl-directory-pw")
                + Slapd.group("oco-operators", List.of("anna")) + Slapd.group("oco-viewers", List.of("bert"))
                + Slapd.group("canteen", List.of("carl")));
        setting("ldap.user-dn", "uid={username},ou=people," + Slapd.SUFFIX);
        setting("ldap.group-base", "ou=groups," + Slapd.SUFFIX);
        setting("ldap.group-roles", "oco-operators=operator,oco-viewers=viewer");
        setting("ldap.url", slapd.url());
    }

    @AfterAll
    void stopDirectory() throws Exception {
        setting("ldap.url", "");
        if (slapd != null) {
            slapd.close();
        }
    }

    @Test
    void directoryGroupsGiveTheirRoles() {
        ClientApi anna = Accounts.client(server, "anna", "anna-directory-pw");
        ClientApi bert = Accounts.client(server, "bert", "bert-directory-pw");
        assertTrue(anna.<Map<String, Object>>data("oco.computer.list", Map.of()).containsKey("computers"));
        assertEquals(-32001, anna.call("oco.computer_group.create", Map.of()).errorCode(), "an operator may");
        assertTrue(bert.<Map<String, Object>>data("oco.computer.list", Map.of()).containsKey("computers"));
        assertEquals("Permission denied: oco.computer_group.create needs the permission groups.manage, which the role "
                + "viewer does not have", bert.call("oco.computer_group.create", Map.of()).errorMessage());

        Map<String, String> roles = Map.of("anna", "operator", "bert", "viewer");
        server.clientApi().<List<Map<String, Object>>>data("oco.admin.list", Map.of()).stream()
                .filter(a -> roles.containsKey(a.get("username")))
                .forEach(a -> assertEquals(roles.get(a.get("username")), a.get("role")));
        assertEquals("Your password is kept in the directory (LDAP): change it there", anna.call("oco.admin.password",
                Map.of("current_password", "anna-directory-pw", "new_password", "something-else-1")).errorMessage());
    }

    @Test
    void wrongPasswordsAndUnmappedGroupsDoNotLogIn() {
        // a good login after each failure keeps the address below its throttle (3 failures)
        assertEquals(401, Accounts.client(server, "anna", "not-annas-pw").call("oco.info", Map.of()).status());
        assertEquals(200, server.clientApi().call("oco.info", Map.of()).status(), "the local admin still logs in");
        assertEquals(401, Accounts.client(server, "carl", "carl-directory-pw").call("oco.info", Map.of()).status(),
                "carl's only group is mapped to no role");
        assertEquals(200, server.clientApi().call("oco.info", Map.of()).status());
        assertEquals(401, Accounts.client(server, "nobody", "whatever-pw").call("oco.info", Map.of()).status());
        assertEquals(200, server.clientApi().call("oco.info", Map.of()).status());
    }

    private void setting(String key, String value) {
        server.clientApi().data("oco.setting.set", Map.of("key", key, "value", value));
    }
}
