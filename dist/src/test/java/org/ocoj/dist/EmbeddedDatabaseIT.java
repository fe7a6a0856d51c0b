package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default a new user gets: no database configured, so the embedded H2 file database in the data
 * directory. Same protocol round trip as on MariaDB, then a restart keeps the data and the generated keys.
 */
class EmbeddedDatabaseIT {

    @Test
    void protocolRoundTripOnEmbeddedH2SurvivesRestart() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OCO_SELF_REGISTRATION", "true");
        env.put("OCO_ADMIN_PASSWORD", "h2-admin");
        String registrationKey;
        String apiKey;
        java.nio.file.Path dataDir;
        AgentClient agent;
        try (ServerProcess server = ServerProcess.start(env).awaitReady(Duration.ofSeconds(120))) {
            String output = server.output();
            assertTrue(output.contains("jdbc:h2:file:"), output);
            registrationKey = generated(output, "Generated the agent registration key (configure agents with it): ");
            apiKey = generated(output, "Generated the client API key (params.api_key): ");
            dataDir = server.dataDir;
            assertTrue(Files.exists(dataDir.resolve("oco.mv.db")), "database file in the data directory");

            agent = new AgentClient(server.url(), "h2-vm", registrationKey);
            AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(200, hello.status(), hello.body() + "\n" + server.output());
            AgentClient.Reply update = agent.call("oco.agent.update", Captures.data("oco-agent-update.json"));
            assertEquals(200, update.status(), update.body() + "\n" + server.output());
            assertEquals(200, agent.call("oco.agent.passwords", Captures.data("oco-agent-passwords.json")).status());

            ClientApi api = new ClientApi(server.url(), "admin", "h2-admin", apiKey);
            List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
            assertEquals(1, computers.size());
            Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", computers.get(0).get("id")));
            assertEquals(805, ((List<?>) computer.get("recognised_software")).size());
            assertEquals(-32001, api.call("oco.computer.create", Map.of("hostname", "H2-VM")).errorCode(),
                    "hostnames compare case-insensitively on H2 as on MariaDB");
        }

        env.put("OCO_DATA_DIR", dataDir.toString());
        try (ServerProcess restarted = ServerProcess.start(env).awaitReady(Duration.ofSeconds(120))) {
            assertTrue(!restarted.output().contains("Generated the agent registration key"),
                    "keys are generated once: " + restarted.output());
            AgentClient.Reply hello = new AgentClient(restarted.url(), "h2-vm", agent.agentKey).call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
            assertEquals(200, hello.status(), hello.body());
        }
    }

    private static String generated(String output, String prefix) {
        int start = output.indexOf(prefix);
        assertTrue(start >= 0, "expected '" + prefix + "' in:\n" + output);
        int end = output.indexOf('\n', start);
        return output.substring(start + prefix.length(), end).trim();
    }
}
