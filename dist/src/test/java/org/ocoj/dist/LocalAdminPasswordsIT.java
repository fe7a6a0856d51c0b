package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.accounts.Accounts;

/**
 * Local admin passwords (LAPS, SPEC §2.7) end to end: a rule on a group makes the server order rotations in the hello
 * answer, an agent speaking the upstream wire format sends the new passwords encrypted with its key, and admins
 * with {@code passwords.read} see them decrypted — each look audited, never in the log.
 */
@ExtendWith(SharedServer.class)
class LocalAdminPasswordsIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private long create(String method, Map<String, Object> data) {
        return ((Number) api.<Map<String, Object>>data(method, data).get("id")).longValue();
    }

    private static Object orders(AgentClient.Reply hello) {
        assertEquals(200, hello.status(), hello.body());
        return hello.params().get("update-passwords");
    }

    /** The passwords request the upstream agent sends after rotating {@code localadmin}. */
    private static Map<String, Object> rotated(AgentClient agent, String password) throws Exception {
        return Map.of("passwords", List.of(Map.of("username", "localadmin",
                "password", PasswordCrypto.encrypt(agent.agentKey, password))));
    }

    @Test
    void aGroupRuleRotatesOnScheduleAndOnRequestAndAdminsRevealAudited() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String hostname = "laps-" + suffix;
        long computer = create("oco.computer.create", Map.of("hostname", hostname));
        long group = create("oco.computer_group.create", Map.of("name", "LAPS " + suffix));
        try {
            api.data("oco.computer.add_to_group", Map.of("computer_id", computer, "computer_group_id", group));
            AgentClient agent = server.agent(hostname);
            assertNull(orders(agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"))),
                    "no rule yet: no order, no key");

            assertEquals(-32001, api.call("oco.password_rule.create", Map.of("computer_group_id", group,
                    "username", "localadmin", "alphabet", "äöüabcdefghijk")).errorCode(), "non-ASCII alphabet");
            assertEquals(-32001, api.call("oco.password_rule.create", Map.of("computer_group_id", group,
                    "username", "localadmin", "length", 4)).errorCode(), "too short");
            long rule = create("oco.password_rule.create", Map.of("computer_group_id", group, "username", "localadmin",
                    "length", 12, "valid_seconds", 3600, "history", 2));
            List<Map<String, Object>> listed = api.data("oco.password_rule.list", Map.of("computer_group_id", group));
            assertEquals(List.of(rule), listed.stream().map(r -> ((Number) r.get("id")).longValue()).toList());

            // no password stored yet: rotate at once, in the upstream order format
            Object first = orders(agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")));
            assertEquals(List.of(Map.of("username", "localadmin", "alphabet",
                    "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", "length", 12)), first);
            assertEquals(200, agent.call("oco.agent.passwords", rotated(agent, "First-Pass-1")).status());
            assertNull(orders(agent.call("oco.agent.hello", Map.of())), "fresh password: nothing to rotate");

            // "rotate now" orders again until the agent has sent the new password
            api.data("oco.computer.rotate_passwords", Map.of("id", computer));
            Map<String, Object> history = api.data("oco.computer.password_history", Map.of("id", computer));
            assertEquals(true, history.get("rotation_requested"));
            assertTrue(orders(agent.call("oco.agent.hello", Map.of())) instanceof List<?> l && l.size() == 1);
            assertTrue(orders(agent.call("oco.agent.hello", Map.of())) instanceof List<?> l && l.size() == 1);
            assertEquals(200, agent.call("oco.agent.passwords", rotated(agent, "Second-Pass-2")).status());
            assertNull(orders(agent.call("oco.agent.hello", Map.of())), "request done");
            api.data("oco.computer.rotate_passwords", Map.of("id", computer));
            assertEquals(200, agent.call("oco.agent.passwords", rotated(agent, "Third-Pass-3")).status());
            assertEquals(2L, server.database.count("SELECT COUNT(*) FROM computer_password WHERE computer_id = ?",
                    computer), "history 2: the oldest password is gone");

            // admins see current and previous, decrypted; each look is audited without the passwords
            List<Map<String, Object>> revealed = api.data("oco.computer.passwords", Map.of("id", computer));
            assertEquals(1, revealed.size());
            assertEquals("localadmin", revealed.get(0).get("username"));
            assertEquals("Third-Pass-3", Json.<String>at(revealed.get(0), "current", "password"));
            List<Map<String, Object>> previous = Json.at(revealed.get(0), "previous");
            assertEquals(List.of("Second-Pass-2"), previous.stream().map(p -> p.get("password")).toList());
            Map<String, Object> audit = api.data("oco.audit.list", Map.of("action", "oco.computer.passwords",
                    "computer_id", computer));
            List<Map<String, Object>> entries = Json.at(audit, "entries");
            assertEquals(1, entries.size(), audit.toString());
            assertEquals("computer:" + computer, entries.get(0).get("object_ref"));
            assertFalse(audit.toString().contains("Pass-"), "no password in the audit log");

            // an operator sees that passwords were rotated, not the passwords; a role with passwords.read may
            ClientApi operator = Accounts.as(server, "laps-operator", "operator");
            assertEquals(-32002, operator.call("oco.computer.passwords", Map.of("id", computer)).errorCode());
            ClientApi.Reply meta = operator.call("oco.computer.password_history", Map.of("id", computer));
            assertEquals(200, meta.status());
            assertFalse(meta.body().contains("Pass-"), meta.body());
            api.call("oco.role.create", Map.of("name", "laps-helpdesk", // refused as a duplicate on a re-run
                    "permissions", List.of("computers.read", "passwords.read")));
            ClientApi helpdesk = Accounts.as(server, "laps-helpdesk-user", "laps-helpdesk");
            List<Map<String, Object>> seen = helpdesk.data("oco.computer.passwords",
                    Map.of("id", computer, "username", "localadmin"));
            assertEquals("Third-Pass-3", Json.<String>at(seen.get(0), "current", "password"));

            // a password the agent could not apply is revoked: the previous one is current again
            AgentClient.Reply revoke = agent.call("oco.agent.passwords", Map.of("passwords", List.of(Map.of(
                    "username", "localadmin", "password", PasswordCrypto.encrypt(agent.agentKey, "Third-Pass-3"),
                    "revoke", true))));
            assertEquals(200, revoke.status(), revoke.body());
            List<Map<String, Object>> after = api.data("oco.computer.passwords", Map.of("id", computer));
            assertEquals("Second-Pass-2", Json.<String>at(after.get(0), "current", "password"));
            assertFalse(server.output().contains("Pass-"), "passwords never reach the server log");

            api.data("oco.password_rule.remove", Map.of("id", rule));
            assertEquals(List.of(), api.data("oco.password_rule.list", Map.of("computer_group_id", group)));
        } finally {
            api.data("oco.computer.remove", Map.of("id", computer));
            api.data("oco.computer_group.remove", Map.of("id", group));
        }
    }
}
