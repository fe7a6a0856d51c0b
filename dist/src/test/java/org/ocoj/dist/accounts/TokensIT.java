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

/** Personal API tokens: made once, used as Bearer or as params.api_key, limited, revoked, expired, audited. */
@ExtendWith(SharedServer.class)
class TokensIT {

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void aTokenActsAsItsOwnerAsBearerOrAsApiKey() {
        ClientApi owner = Accounts.as(server, "tok-operator", "operator");
        Map<String, Object> made = owner.data("oco.token.create", Map.of("name", "inventory script",
                "expires_days", 30));
        String token = (String) made.get("token");
        assertTrue(token.startsWith("ocot_") && token.length() == 45, token);

        Map<String, Object> listed = owner.<List<Map<String, Object>>>data("oco.token.list", Map.of())
                .stream().filter(t -> t.get("id").equals(made.get("id"))).findFirst().orElseThrow();
        assertEquals("inventory script", listed.get("name"));
        assertFalse(listed.containsKey("token"), "shown once: " + listed);
        assertEquals(0, server.database.count("SELECT COUNT(*) FROM admin_token WHERE token_hash = ?", token),
                "stored hashed");

        ClientApi.Reply list = bearer(token, "oco.computer.list");
        assertTrue(Json.<Map<String, Object>>at(list.json(), "result", "data").containsKey("computers"), list.body());
        assertEquals("Permission denied: oco.setting.list needs the permission settings.manage, which the role "
                + "operator does not have", bearer(token, "oco.setting.list").errorMessage());

        ClientApi asApiKey = new ClientApi(server.url(), "tok-operator", Accounts.PASSWORD, token);
        assertTrue(asApiKey.<Map<String, Object>>data("oco.computer.list", Map.of()).containsKey("computers"));
        ClientApi someoneElses = new ClientApi(server.url(), "admin", SharedServer.ADMIN_PASSWORD, token);
        assertEquals(-32002, someoneElses.call("oco.info", Map.of()).errorCode(),
                "a token is the api_key of its owner only");

        Map<String, Object> audit = server.clientApi().data("oco.audit.list", Map.of("actor", "tok-operator",
                "action", "oco.token.create"));
        assertEquals("token:" + made.get("id"), Json.<List<Map<String, Object>>>at(audit, "entries").get(0)
                .get("object_ref"));
    }

    @Test
    void aTokenCanHaveFewerPermissionsThanItsOwnerNeverMore() {
        ClientApi owner = Accounts.as(server, "tok-limited", "operator");
        assertEquals("data.permissions: your role does not have settings.manage; a token cannot have more than its "
                + "owner", owner.call("oco.token.create", Map.of("name", "too much", "permissions",
                List.of("settings.manage"))).errorMessage());
        String token = (String) owner.<Map<String, Object>>data("oco.token.create", Map.of("name", "read only",
                "permissions", List.of("computers.read"))).get("token");
        assertTrue(bearer(token, "oco.computer.list").json().containsKey("result"));
        assertEquals("Permission denied: oco.computer_group.create needs the permission groups.manage, which the "
                + "token does not have", bearer(token, "oco.computer_group.create").errorMessage());
    }

    @Test
    void aRevokedOrExpiredTokenStopsWorkingAtOnce() {
        ClientApi owner = Accounts.as(server, "tok-revoker", "viewer");
        Map<String, Object> first = owner.data("oco.token.create", Map.of("name", "revoked"));
        Map<String, Object> second = owner.data("oco.token.create", Map.of("name", "expired"));
        assertEquals(200, bearer((String) first.get("token"), "oco.info").status());

        owner.data("oco.token.revoke", Map.of("id", first.get("id")));
        ClientApi.Reply revoked = bearer((String) first.get("token"), "oco.info");
        assertEquals(401, revoked.status());
        assertEquals("HTTP Basic Auth: Unknown, revoked or expired API token", revoked.body());
        assertTrue(server.output().contains("OCO-J login failed: address=127.0.0.1 user=- via=token"),
                "the failed-login line for fail2ban");

        server.database.update("UPDATE admin_token SET expires = '2000-01-01 00:00:00' WHERE id = ?", second.get("id"));
        assertEquals(401, bearer((String) second.get("token"), "oco.info").status());
        assertEquals(true, owner.<List<Map<String, Object>>>data("oco.token.list", Map.of()).stream()
                .filter(t -> t.get("id").equals(second.get("id"))).findFirst().orElseThrow().get("expired"));
        assertEquals(-32003, owner.call("oco.token.revoke", Map.of("id", first.get("id"))).errorCode());
        owner.call("oco.info", Map.of()); // a good login clears the address's failures for the tests after this one
    }

    @Test
    void theLegacyKeyCanBeSwitchedOffWhileTokensKeepWorking() {
        ClientApi owner = Accounts.as(server, "tok-legacy", "viewer");
        String token = (String) owner.<Map<String, Object>>data("oco.token.create", Map.of("name", "new style"))
                .get("token");
        ClientApi admin = server.clientApi();
        String adminToken = (String) admin.<Map<String, Object>>data("oco.token.create", Map.of("name", "restore"))
                .get("token");
        admin.data("oco.setting.set", Map.of("key", "client-api.legacy-key-enabled", "value", "false"));
        try {
            assertEquals(-32002, owner.call("oco.info", Map.of()).errorCode());
            assertEquals(200, bearer(token, "oco.info").status());
            assertTrue(bearer(token, "oco.info").json().containsKey("result"));
        } finally {
            ClientApi.Reply restored = ClientApi.callWithBearer(server.url(), adminToken, "oco.setting.set",
                    Map.of("key", "client-api.legacy-key-enabled", "value", "true"));
            assertTrue(restored.json().containsKey("result"), restored.body());
        }
        assertEquals(200, owner.call("oco.info", Map.of()).status());
        assertTrue(owner.call("oco.info", Map.of()).json().containsKey("result"));
    }

    private ClientApi.Reply bearer(String token, String method) {
        return ClientApi.callWithBearer(server.url(), token, method, Map.of());
    }
}
