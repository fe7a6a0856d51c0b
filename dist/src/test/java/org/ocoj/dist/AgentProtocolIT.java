package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.tools.loadgen.protocol.PythonJson;

/**
 * The agent protocol end to end: the real server bundle on MariaDB, driven over HTTP with the upstream
 * agent's captured requests in its exact wire format (SPEC §1.3).
 */
@ExtendWith(SharedServer.class)
class AgentProtocolIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @AfterEach
    void selfRegistrationOff() {
        setSelfRegistration(false);
    }

    private void setSelfRegistration(boolean enabled) {
        api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", String.valueOf(enabled)));
    }

    private static String newHostname() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long computerId(String hostname) {
        return server.database.count("SELECT id FROM computer WHERE hostname = ?", hostname);
    }

    /** Self-registers an agent with the hello capture and sends the update capture. */
    private AgentClient registeredWithInventory() {
        setSelfRegistration(true);
        AgentClient agent = server.agent(newHostname());
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
        return agent;
    }

    @Test
    void selfRegisteredAgentReportsCapturedInventoryVisibleThroughClientApi() {
        setSelfRegistration(true);
        AgentClient agent = server.agent(newHostname());

        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
        Map<String, Object> params = hello.params();
        assertEquals(1, params.get("update"));
        assertEquals(List.of(), params.get("software-jobs"));
        String issued = (String) params.get("agent-key");
        assertNotNull(issued, "a self-registered agent gets its own key");
        assertTrue(issued.length() >= Math.max(30, SharedServer.REGISTRATION_KEY.length()));
        assertTrue(issued.matches("[0-9a-z]+"));
        assertTrue(((String) params.get("server-key")).length() >= 30);
        assertFalse(params.containsKey("update-passwords"), "no rotation orders: omit the key");
        assertEquals(issued, agent.agentKey);

        AgentClient.Reply update = agent.call("oco.agent.update", Captures.data("oco-agent-update.json"));
        assertEquals(200, update.status(), update.body());
        assertEquals(Map.of(), update.params().get("policies"));
        AgentClient.Reply passwords = agent.call("oco.agent.passwords", Captures.data("oco-agent-passwords.json"));
        assertEquals(200, passwords.status(), passwords.body());

        Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", computerId(agent.hostname)));
        Map<String, Object> general = Json.at(computer, "general");
        assertEquals("Debian GNU/Linux", general.get("os"));
        assertEquals("25276510208", general.get("ram"));
        assertEquals("1.2.0", general.get("agent_version"));
        assertFalse(general.containsKey("agent_key"), "keys never leave the server");
        assertFalse(general.containsKey("server_key"));
        List<Map<String, Object>> software = Json.at(computer, "recognised_software");
        assertEquals(distinctSoftware(), software.size());
        assertEquals(805, software.size());
        assertEquals(4, ((List<?>) computer.get("networks")).size());
        List<Map<String, Object>> filesystems = Json.at(computer, "filesystems");
        assertEquals("/dev/vda", filesystems.get(0).get("device"));
        assertEquals(108944293888L, ((Number) filesystems.get(0).get("size")).longValue());

        AgentClient.Reply again = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, again.status(), again.body());
        assertNotNull(again.serverSignature(), "responses are signed once the agent has a server key");
        assertFalse(again.params().containsKey("agent-key"), "the committed key is not sent again");
        assertFalse(again.params().containsKey("server-key"));
    }

    private static long distinctSoftware() {
        List<Map<String, Object>> software = Json.at(Captures.load("oco-agent-update.json"), "params", "data", "software");
        Set<String> distinct = new HashSet<>();
        software.forEach(s -> distinct.add(s.get("name") + "\u0000" + s.get("version") + "\u0000" + s.get("description")));
        return distinct.size();
    }

    @Test
    void secondIdenticalUpdateChangesNothing() {
        AgentClient agent = registeredWithInventory();
        long id = computerId(agent.hostname);
        long changes = server.database.count("SELECT COUNT(*) FROM computer_change WHERE computer_id = ?", id);
        long links = server.database.count("SELECT COALESCE(SUM(software_id), 0) FROM computer_software WHERE computer_id = ?", id);
        long catalogue = server.database.count("SELECT COUNT(*) FROM software");

        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        assertEquals(changes, server.database.count("SELECT COUNT(*) FROM computer_change WHERE computer_id = ?", id));
        assertEquals(links, server.database.count("SELECT COALESCE(SUM(software_id), 0) FROM computer_software WHERE computer_id = ?", id));
        assertEquals(catalogue, server.database.count("SELECT COUNT(*) FROM software"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void changedUpdateIsRecordedInHistory() {
        AgentClient agent = registeredWithInventory();
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        List<Map<String, Object>> software = new ArrayList<>((List<Map<String, Object>>) data.get("software"));
        Map<String, Object> removed = software.remove(0);
        Map<String, Object> added = new LinkedHashMap<>(Map.of("name", "oco-j-test-package", "version", "1.0", "description", ""));
        software.add(added);
        data.put("software", software);
        data.put("os_version", "13");

        assertEquals(200, agent.call("oco.agent.update", data).status());

        Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", computerId(agent.hostname)));
        assertEquals("13", Json.at(computer, "general", "os_version"));
        List<Map<String, Object>> history = Json.at(computer, "history");
        Map<String, Object> softwareChange = history.stream().filter(h -> "software".equals(h.get("section")))
                .findFirst().orElseThrow();
        assertEquals(List.of("oco-j-test-package 1.0"), Json.at(softwareChange, "detail", "added"));
        assertEquals(List.of(removed.get("name") + " " + removed.get("version")), Json.at(softwareChange, "detail", "removed"));
        Map<String, Object> generalChange = history.stream().filter(h -> "general".equals(h.get("section")))
                .findFirst().orElseThrow();
        assertEquals(List.of("os_version: 13"), Json.at(generalChange, "detail", "added"));
        assertEquals(List.of("os_version: 12"), Json.at(generalChange, "detail", "removed"));
    }

    @Test
    void preRegisteredComputerGetsKeysWithRegistrationKeyWhileSelfRegistrationIsOff() {
        String hostname = newHostname();
        Map<String, Object> created = api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);

        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));

        assertEquals(200, hello.status(), hello.body());
        assertNotNull(hello.params().get("agent-key"));
        assertEquals(((Number) created.get("id")).longValue(), computerId(hostname));
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
        assertEquals(agent.agentKey, server.database.string("SELECT agent_key FROM computer WHERE hostname = ?", hostname),
                "first use of the issued key commits it");
    }

    @Test
    void lostResponseCarryingTheNewKeyNeverLocksTheAgentOut() {
        String hostname = newHostname();
        api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);

        AgentClient.Reply lost = agent.callLosingResponse("oco.agent.hello", Map.of("agent_version", "1.2.0"));
        assertEquals(200, lost.status());
        String pending = (String) lost.params().get("agent-key");
        String serverKey = (String) lost.params().get("server-key");

        AgentClient.Reply retry = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
        assertEquals(200, retry.status(), "still signed with the registration key: " + retry.body());
        assertEquals(pending, retry.params().get("agent-key"), "the same pending key is sent again");
        assertEquals(serverKey, retry.params().get("server-key"));

        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        AgentClient impostor = server.agent(hostname);
        AgentClient.Reply refused = impostor.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
        assertEquals(401, refused.status(), "after commit the registration key no longer counts");
    }

    @Test
    void knownHostnameWithAnotherKeyIsRefusedAndNotRekeyed() {
        AgentClient agent = registeredWithInventory();
        String key = server.database.string("SELECT agent_key FROM computer WHERE hostname = ?", agent.hostname);
        setSelfRegistration(true);
        AgentClient other = server.agent(agent.hostname);

        AgentClient.Reply reply = other.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));

        assertEquals(401, reply.status());
        assertTrue(reply.errorMessage().contains("Invalid agent signature"), reply.body());
        assertEquals(key, server.database.string("SELECT agent_key FROM computer WHERE hostname = ?", agent.hostname));
    }

    @Test
    void unknownHostnameIsRefusedWhileSelfRegistrationIsOff() {
        AgentClient agent = server.agent(newHostname());

        AgentClient.Reply reply = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));

        assertEquals(401, reply.status());
        assertTrue(reply.errorMessage().contains("self-registration is disabled"), reply.body());
        assertEquals(0, computerId(agent.hostname));
    }

    @Test
    void wrongRegistrationKeyIsRefused() {
        setSelfRegistration(true);
        AgentClient agent = new AgentClient(server.url(), newHostname(), "not-the-registration-key");

        AgentClient.Reply reply = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));

        assertEquals(401, reply.status());
        assertEquals(0, computerId(agent.hostname));
    }

    @Test
    void replayedRequestIsRefusedAndChangesNothing() {
        AgentClient agent = registeredWithInventory();
        byte[] body = PythonJson.dumps(agent.envelope("oco.agent.update", Captures.data("oco-agent-update.json")))
                .getBytes(StandardCharsets.UTF_8);
        String signature = AgentClient.sign(agent.agentKey, body);
        assertEquals(200, agent.send(body, signature, "application/json").status());
        String lastPing = server.database.string("SELECT last_ping FROM computer WHERE hostname = ?", agent.hostname);

        AgentClient.Reply replay = agent.send(body, signature, "application/json");

        assertEquals(401, replay.status());
        assertTrue(replay.errorMessage().contains("timestamp too old"), replay.body());
        assertEquals(lastPing, server.database.string("SELECT last_ping FROM computer WHERE hostname = ?", agent.hostname));
    }

    @Test
    void replayedHelloIsRefusedAndChangesNothing() {
        AgentClient agent = registeredWithInventory();
        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        byte[] body = PythonJson.dumps(agent.envelope("oco.agent.hello", Map.of("agent_version", "1.2.0",
                "uptime", 4242))).getBytes(StandardCharsets.UTF_8);
        String signature = AgentClient.sign(agent.agentKey, body);
        assertEquals(200, agent.send(body, signature, "application/json").status());
        String lastPing = server.database.string("SELECT last_ping FROM computer WHERE hostname = ?", agent.hostname);
        String uptime = server.database.string("SELECT uptime FROM computer WHERE hostname = ?", agent.hostname);
        assertEquals("4242", uptime);

        AgentClient.Reply replay = agent.send(body, signature, "application/json");

        assertEquals(401, replay.status());
        assertTrue(replay.errorMessage().contains("timestamp too old"), replay.body());
        assertEquals(lastPing, server.database.string("SELECT last_ping FROM computer WHERE hostname = ?", agent.hostname));
    }

    @Test
    void missingOrMalformedSignatureIsRefused() {
        AgentClient agent = registeredWithInventory();
        byte[] body = PythonJson.dumps(agent.envelope("oco.agent.hello", Map.of())).getBytes(StandardCharsets.UTF_8);

        assertEquals(401, agent.send(body, null, "application/json").status());
        assertEquals(401, agent.send(body, "xyz", "application/json").status());
        String wrong = AgentClient.sign(agent.agentKey + "x", body);
        AgentClient.Reply reply = agent.send(body, wrong, "application/json");
        assertEquals(401, reply.status());
        assertNull(reply.serverSignature(), "errors are not signed");
    }

    @Test
    void malformedRequestsGetClearErrors() {
        AgentClient agent = registeredWithInventory();
        long changes = server.database.count("SELECT COUNT(*) FROM computer_change");

        assertBadRequest(agent, "{not json", "not valid JSON");
        assertBadRequest(agent, "[1, 2]", "JSON-RPC object");
        assertBadRequest(agent, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"hostname\": \"\", \"timestamp\": 1}}",
                "hostname cannot be empty");
        assertBadRequest(agent, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"hostname\": \""
                + "h".repeat(201) + "\", \"timestamp\": 1}}", "at most 200");
        assertBadRequest(agent, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"hostname\": \""
                + agent.hostname + "\", \"timestamp\": \"yesterday\"}}", "timestamp must be a number");
        assertBadRequest(agent, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": \"x\"}",
                "params must be an object");

        AgentClient.Reply wrongType = agent.call("oco.agent.update", Map.of("software", "none"));
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.errorMessage().contains("software must be an array"), wrongType.body());
        AgentClient.Reply unknown = agent.call("oco.agent.does_not_exist", Map.of());
        assertEquals(400, unknown.status());
        assertTrue(unknown.errorMessage().contains("Unknown method"), unknown.body());
        AgentClient.Reply contentType = agent.send("{}".getBytes(StandardCharsets.UTF_8), "00", "text/plain");
        assertEquals(400, contentType.status());
        assertTrue(contentType.errorMessage().contains("Content type"), contentType.body());
        assertEquals(413, statusOfDeclaredBodySize(17L * 1024 * 1024), "refused from Content-Length, before reading");

        assertEquals(changes, server.database.count("SELECT COUNT(*) FROM computer_change"));
    }

    @Test
    void charsetParameterInContentTypeIsAccepted() {
        AgentClient agent = registeredWithInventory();
        byte[] body = PythonJson.dumps(agent.envelope("oco.agent.hello", Map.of())).getBytes(StandardCharsets.UTF_8);

        AgentClient.Reply reply = agent.send(body, AgentClient.sign(agent.agentKey, body), "application/json; charset=UTF-8");

        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void forceUpdateFlagAsksForAnUpdateUntilTheNextOne() {
        AgentClient agent = registeredWithInventory();
        long id = computerId(agent.hostname);
        // twice: the second hello is answered from the server's memory of the computer (the fast path)
        assertEquals(0, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).params().get("update"));
        assertEquals(0, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).params().get("update"));

        api.data("oco.computer.force_update", Map.of("id", id));
        assertEquals(1, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).params().get("update"));
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        assertEquals(0, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).params().get("update"));
    }

    @Test
    void resetKeysLetsTheMachineRegisterAgainWithTheRegistrationKey() {
        AgentClient agent = registeredWithInventory();
        String oldKey = agent.agentKey;
        for (int i = 0; i < 2; i++) { // remembered by the fast path before the keys change under it
            assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        }
        api.data("oco.computer.reset_keys", Map.of("id", computerId(agent.hostname)));
        assertEquals(401, agent.call("oco.agent.hello", Map.of()).status(), "the old key is gone");

        AgentClient reinstalled = server.agent(agent.hostname);
        AgentClient.Reply hello = reinstalled.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));

        assertEquals(200, hello.status(), hello.body());
        assertNotEquals(oldKey, hello.params().get("agent-key"));
    }

    @Test
    void serverTimestampsAreSecondsAndStrictlyIncreasing() {
        AgentClient agent = registeredWithInventory();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, agent.call("oco.agent.hello", Map.of()).status()); // AgentClient checks the order
        }
        double seconds = agent.lastServerTimestamp.doubleValue();
        assertTrue(Math.abs(seconds - System.currentTimeMillis() / 1000.0) < 300, "Unix seconds, not ms: " + seconds);
    }

    @Test
    void passwordsAreVerifiedWithTheAgentKeyAndStoredAsSent() throws Exception {
        AgentClient agent = registeredWithInventory();
        Map<String, Object> encrypted = PasswordCrypto.encrypt(agent.agentKey, "Secret-Pass1");
        Map<String, Object> good = Map.of("passwords", List.of(Map.of("username", "localadmin", "password", encrypted)));
        assertEquals(200, agent.call("oco.agent.passwords", good).status());
        long id = computerId(agent.hostname);
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM computer_password WHERE computer_id = ?", id));

        Map<String, Object> forged = PasswordCrypto.encrypt("another-key-entirely-000000000", "x");
        AgentClient.Reply refused = agent.call("oco.agent.passwords",
                Map.of("passwords", List.of(Map.of("username", "localadmin", "password", forged))));

        assertEquals(400, refused.status());
        assertTrue(refused.errorMessage().contains("Invalid password data"), refused.body());
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM computer_password WHERE computer_id = ?", id));
    }

    /** Sends only the headers of a huge request: the server must answer without waiting for the body. */
    private int statusOfDeclaredBodySize(long bytes) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.url().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api-agent.php HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nx-oco-agent-signature: 00\r\nContent-Length: " + bytes
                    + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertBadRequest(AgentClient agent, String body, String expected) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        AgentClient.Reply reply = agent.send(bytes, AgentClient.sign(agent.agentKey, bytes), "application/json");
        assertEquals(400, reply.status(), body);
        assertTrue(reply.errorMessage().contains(expected), "expected '" + expected + "' in " + reply.body());
    }
}
