package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.tools.loadgen.protocol.PythonJson;

/** SPEC §8's compatibility pitfalls that are the server's to honour, each shown over HTTP. */
@ExtendWith(SharedServer.class)
class CompatibilityPitfallsIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private AgentClient preRegistered() {
        String hostname = "pit-" + UUID.randomUUID().toString().substring(0, 8);
        api.data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0")).status());
        return agent;
    }

    @Test
    @SuppressWarnings("unchecked")
    void responsesAreAsciiAndSignedOverTheExactBytes() { // §8.7
        AgentClient agent = preRegistered();
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        List<Map<String, Object>> software = new ArrayList<>((List<Map<String, Object>>) data.get("software"));
        software.add(new LinkedHashMap<>(Map.of("name", "caf\u00e9-\u65e5\u672c", "version", "1", "description", "\u00fc")));
        data.put("software", software);
        assertEquals(200, agent.call("oco.agent.update", data).status());

        Map<String, Object> computer = TestAccess.computerByHostname(server, agent.hostname);
        assertTrue(Json.write(computer.get("recognised_software")).contains("caf\u00e9-\u65e5\u672c"), "stored as sent");
        AgentClient.Reply hello = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
        assertTrue(hello.body().chars().allMatch(c -> c < 128), hello.body());
    }

    @Test
    void loginsSinceIsAUtcTimestampAndMovesWithReportedLogins() { // §8.9
        AgentClient agent = preRegistered();
        assertEquals("1970-01-01 00:00:00", agent.call("oco.agent.hello", Map.of()).params().get("logins-since"));
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        data.put("logins", List.of(Map.of("guid", "{1234}", "display_name", "Ann", "username", "ann",
                "console", "pts/0", "timestamp", "2026-11-20 07:12:03")));
        assertEquals(200, agent.call("oco.agent.update", data).status());
        assertEquals(200, agent.call("oco.agent.update", data).status(), "a resent login is ignored");

        assertEquals("2026-11-20 07:12:03", agent.call("oco.agent.hello", Map.of()).params().get("logins-since"));
        Map<String, Object> computer = TestAccess.computerByHostname(server, agent.hostname);
        List<Map<String, Object>> logins = Json.at(computer, "logins");
        assertEquals(1, logins.size());
        assertEquals(1, ((Number) logins.get(0).get("logon_amount")).intValue());
        assertEquals("1234", logins.get(0).get("domain_user_uid"), "braces stripped from the GUID");
    }

    @Test
    void jobStateReportsAreAcknowledged() { // §8.13
        AgentClient agent = preRegistered();
        Map<String, Object> state = new HashMap<>();
        state.put("job-id", "dynamic-12");
        state.put("state", 2);
        state.put("return-code", null);
        state.put("message", "");
        state.put("download-progress", 101);
        AgentClient.Reply reply = agent.call("oco.agent.update_job_state", state);

        assertEquals(200, reply.status(), reply.body());
        assertEquals(false, reply.params().get("job-succeeded"));
        Map<String, Object> missing = new HashMap<>(state);
        missing.remove("return-code");
        assertEquals(400, agent.call("oco.agent.update_job_state", missing).status(), "return-code key is required");
    }

    @Test
    void theSameUidOnTwoComputersIsFine() { // §8.14
        AgentClient first = preRegistered();
        AgentClient second = preRegistered();
        Map<String, Object> data = Captures.data("oco-agent-update.json");

        assertEquals(200, first.call("oco.agent.update", data).status());
        assertEquals(200, second.call("oco.agent.update", data).status());
    }

    @Test
    void softwareWithoutVersionIsStoredWithAnEmptyOne() { // §8.22
        AgentClient agent = preRegistered();
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        Map<String, Object> noVersion = new HashMap<>();
        noVersion.put("name", "no-version-package");
        noVersion.put("version", null);
        data.put("software", List.of(noVersion));

        assertEquals(200, agent.call("oco.agent.update", data).status());
        List<Map<String, Object>> software = Json.at(TestAccess.computerByHostname(server, agent.hostname),
                "recognised_software");
        assertEquals("", software.get(0).get("software_version"));
    }

    @Test
    void hostHeaderWithTrailingDotAndPortIsAccepted() throws Exception { // §8.20
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: localhost.:" + server.url().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.contains(" 200 "), status);
        }
    }

    @Test
    void theEndpointAnswersWithoutThePhpExtensionToo() {
        AgentClient agent = preRegistered();
        byte[] body = PythonJson.dumps(agent.envelope("oco.agent.hello", Map.of())).getBytes(StandardCharsets.UTF_8);

        AgentClient.Reply reply = agent.send(server.url().resolve("/api-agent"), body,
                AgentClient.sign(agent.agentKey, body), "application/json");

        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void legacyPlaintextKeyAuthenticationIsNotAccepted() { // §8.24
        AgentClient agent = preRegistered();
        Map<String, Object> envelope = agent.envelope("oco.agent.hello", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) envelope.get("params");
        params.put("agent-key", agent.agentKey);
        byte[] body = PythonJson.dumps(envelope).getBytes(StandardCharsets.UTF_8);

        assertEquals(401, agent.send(body, null, "application/json").status());
    }
}
