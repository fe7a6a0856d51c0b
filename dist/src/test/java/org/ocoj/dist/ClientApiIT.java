package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client API over HTTP: authentication, envelope, core methods, validation and audit (CLIENT-API.md). */
@ExtendWith(SharedServer.class)
class ClientApiIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private static Map<String, Object> request(String method, Map<String, Object> data, Object apiKey) {
        return Map.of("jsonrpc", "2.0", "id", 7, "method", method,
                "params", Map.of("api_key", apiKey, "data", data));
    }

    @Test
    void wrongPasswordUnknownUserAndMissingAuthGet401WithTheSameMessage() {
        ClientApi.Reply wrong = api.sendAs("admin", "wrong", request("oco.info", Map.of(), SharedServer.API_KEY));
        ClientApi.Reply unknown = api.sendAs("nobody", "wrong", request("oco.info", Map.of(), SharedServer.API_KEY));
        ClientApi.Reply missing = api.send(Json.write(request("oco.info", Map.of(), SharedServer.API_KEY)),
                "application/json", null, null);

        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.body(), unknown.body(), "usernames cannot be probed");
        assertEquals(401, missing.status());
        assertEquals(200, api.call("oco.info", Map.of()).status(), "a correct login resets the throttle");
    }

    @Test
    void wrongOrMissingApiKeyIsPermissionDenied() {
        ClientApi.Reply wrongKey = api.withApiKey("wrong").call("oco.computer.list", Map.of());
        ClientApi.Reply numberKey = api.sendAs("admin", SharedServer.ADMIN_PASSWORD,
                request("oco.computer.list", Map.of(), 12345));

        assertEquals(200, wrongKey.status());
        assertEquals(-32002, wrongKey.errorCode());
        assertEquals(-32002, numberKey.errorCode());
        assertEquals(-32002, api.withApiKey("wrong").call("oco.no.such.method", Map.of()).errorCode(),
                "the key is checked before the method");
    }

    @Test
    void unknownMethodAndCorruptPayloads() throws Exception {
        assertEquals(-32001, api.call("oco.package.list", Map.of()).errorCode());
        assertEquals(400, api.send("{oops", "application/json", "admin", SharedServer.ADMIN_PASSWORD).status());
        assertEquals(400, api.send("5", "application/json", "admin", SharedServer.ADMIN_PASSWORD).status());
        assertEquals(400, api.send("{\"jsonrpc\":\"2.0\",\"method\":\"oco.info\"}", "application/json", "admin",
                SharedServer.ADMIN_PASSWORD).status(), "id is required");
        assertEquals(400, api.send("{}", "text/plain", "admin", SharedServer.ADMIN_PASSWORD).status());
        HttpResponse<String> get = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.url().resolve("/api-client.php")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
    }

    @Test
    void batchesAreAnsweredInOrder() {
        String body = Json.write(List.of(request("oco.info", Map.of(), SharedServer.API_KEY),
                request("oco.nope", Map.of(), SharedServer.API_KEY)));
        ClientApi.Reply reply = api.send(body, "application/json; charset=utf-8", "admin", SharedServer.ADMIN_PASSWORD);

        assertEquals(200, reply.status());
        List<Map<String, Object>> answers = Json.list(reply.body());
        assertTrue(answers.get(0).containsKey("result"));
        assertEquals(-32001, ((Number) Json.at(answers.get(1), "error", "code")).intValue());
    }

    @Test
    void computerCreateValidatesHostnames() {
        String hostname = "api-" + UUID.randomUUID().toString().substring(0, 8);
        long before = server.database.count("SELECT COUNT(*) FROM computer");

        assertEquals(-32001, api.call("oco.computer.create", Map.of("hostname", "  ")).errorCode());
        assertEquals(-32001, api.call("oco.computer.create", Map.of("hostname", "h".repeat(201))).errorCode());
        assertEquals(-32001, api.call("oco.computer.create", Map.of("hostname", 42)).errorCode());
        assertEquals(before, server.database.count("SELECT COUNT(*) FROM computer"));

        Map<String, Object> created = api.data("oco.computer.create", Map.of("hostname", hostname, "notes", "desk 4"));
        ClientApi.Reply duplicate = api.call("oco.computer.create", Map.of("hostname", hostname.toUpperCase()));

        assertEquals(-32001, duplicate.errorCode(), "hostnames compare case-insensitively");
        Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", String.valueOf(created.get("id"))));
        assertEquals("desk 4", Json.at(computer, "general", "notes"));
        assertEquals("admin", Json.at(computer, "general", "created_by_system_user_username"));
        assertEquals(1, server.database.count(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.create' AND object_ref = ?",
                "computer:" + created.get("id")));
    }

    @Test
    void computerListGetAndRemove() {
        String hostname = "api-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ((Number) api.<Map<String, Object>>data("oco.computer.create", Map.of("hostname", hostname)).get("id")).longValue();

        List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
        assertTrue(computers.stream().anyMatch(c -> hostname.equals(c.get("hostname"))));
        computers.forEach(c -> assertFalse(c.containsKey("agent_key") || c.containsKey("server_key")));
        assertEquals(-32003, api.call("oco.computer.get", Map.of("id", 987654321)).errorCode());
        assertEquals(-32001, api.call("oco.computer.get", Map.of("id", "abc")).errorCode());

        assertEquals(List.of(), api.data("oco.computer.remove", Map.of("id", id, "force", true)));
        assertEquals(-32003, api.call("oco.computer.get", Map.of("id", id)).errorCode());
        assertEquals(-32003, api.call("oco.computer.remove", Map.of("id", id)).errorCode());
    }

    @Test
    void settingsAreValidatedMaskedAndAudited() {
        List<Map<String, Object>> settings = api.data("oco.setting.list", Map.of());
        Map<String, Object> registrationKey = settings.stream()
                .filter(s -> "agent.registration-key".equals(s.get("key"))).findFirst().orElseThrow();
        assertEquals("********", registrationKey.get("value"));
        assertEquals("environment", registrationKey.get("source"));
        assertFalse(Json.write(settings).contains(SharedServer.REGISTRATION_KEY));

        assertEquals(-32001, api.call("oco.setting.set", Map.of("key", "agent.update-interval", "value", "soon")).errorCode());
        // values of the right type but out of range were saved and failed only when used (issue 22)
        Map<String, String> outOfRange = Map.of("agent.update-interval", "-5", "wake-on-lan.port", "70000",
                "event-monitoring.retention-days", "-1", "wake-on-lan.broadcast-addresses", "everyone");
        outOfRange.forEach((key, value) -> {
            ClientApi.Reply refused = api.call("oco.setting.set", Map.of("key", key, "value", value));
            assertEquals(-32001, refused.errorCode(), key + "=" + value + ": " + refused.body());
            assertTrue(refused.errorMessage().startsWith("Setting " + key + ": must be "), refused.errorMessage());
            assertFalse(Json.write(api.data("oco.setting.list", Map.of())).contains("\"" + value + "\""), key);
        });
        assertEquals("Setting agent.update-interval: must be a whole number from 60 to 31536000",
                api.call("oco.setting.set", Map.of("key", "agent.update-interval", "value", "0")).errorMessage());
        assertEquals(-32001, api.call("oco.setting.set", Map.of("key", "agent.registration-key", "value", "x")).errorCode(),
                "pinned by the environment");
        ClientApi.Reply rotate = api.call("oco.registration_key.rotate", Map.of());
        assertEquals(-32001, rotate.errorCode(), "a pinned key cannot be rotated either");
        assertTrue(rotate.errorMessage().contains("OCO_AGENT_REGISTRATION_KEY"), rotate.body());
        assertEquals(-32001, api.call("oco.setting.set", Map.of("key", "no.such.setting", "value", "x")).errorCode());
        assertEquals(-32001, api.call("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "maybe")).errorCode());
        assertEquals(List.of(), api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "false")));
        assertTrue(server.database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.setting.set'") > 0);
    }

    @Test
    void infoListsPluginsWithoutPaths() {
        Map<String, Object> info = api.data("oco.info", Map.of());
        Map<String, Object> extensions = Json.at(info, "extensions");
        assertTrue(extensions.containsKey("self-registration"));
        assertFalse(Json.write(info).contains("/plugins"), "no file paths");
        assertTrue(((String) info.get("database")).contains("MariaDB"));
    }
}
