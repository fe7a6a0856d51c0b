package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The default a new user gets: no database configured, so the embedded MariaDB the server runs itself in the
 * data directory. Same protocol round trip as on a MariaDB server; a stop takes the embedded server down with
 * it, and a restart keeps the data and the generated keys.
 */
public class EmbeddedDatabaseIT {

    @Test
    void protocolRoundTripOnTheEmbeddedDefaultSurvivesRestart() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OCO_SELF_REGISTRATION", "true");
        env.put("OCO_ADMIN_PASSWORD", "embedded-admin");
        String registrationKey;
        String apiKey;
        Path dataDir;
        AgentClient agent;
        try (ServerProcess server = ServerProcess.start(env).awaitReady(Duration.ofSeconds(120))) {
            String output = server.output();
            dataDir = server.dataDir;
            assertTrue(output.contains("OCO-J: database embedded MariaDB in " + dataDir.resolve("mariadb")
                    + " (MariaDB 10.11"), output);
            String secrets = server.generatedSecrets();
            registrationKey = generated(secrets, "Generated the agent registration key (configure agents with it): ");
            apiKey = generated(secrets, "Generated the client API key (params.api_key): ");
            Path secretsFile = dataDir.resolve("generated-secrets.txt");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile)));
            assertTrue(output.contains("OCO-J: Generated 2 secret(s) (registration key, client API key or admin "
                    + "password): see " + secretsFile + " (readable by this user only)"), output);
            assertFalse(output.contains(registrationKey) || output.contains(apiKey), "no secret in the log: " + output);
            assertTrue(output.contains("OCO-J: migrating the database schema"), "progress during the first start");
            Path passwordFile = dataDir.resolve("mariadb/oco-root.password");
            assertTrue(Files.exists(passwordFile), "root password kept in the data directory");
            assertFalse(output.contains(Files.readString(passwordFile).trim()), "the database password is never printed");

            agent = new AgentClient(server.url(), "embedded-vm", registrationKey);
            AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
            assertEquals(200, hello.status(), hello.body() + "\n" + server.output());
            AgentClient.Reply update = agent.call("oco.agent.update", Captures.data("oco-agent-update.json"));
            assertEquals(200, update.status(), update.body() + "\n" + server.output());
            assertEquals(200, agent.call("oco.agent.passwords", Captures.data("oco-agent-passwords.json")).status());

            ClientApi api = new ClientApi(server.url(), "admin", "embedded-admin", apiKey);
            List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
            assertEquals(1, computers.size());
            Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", computers.get(0).get("id")));
            assertEquals(805, ((List<?>) computer.get("recognised_software")).size());
            assertEquals(-32001, api.call("oco.computer.create", Map.of("hostname", "EMBEDDED-VM")).errorCode(),
                    "hostnames compare case-insensitively");

            assertEquals(0, server.stop(Duration.ofSeconds(60)), "a stop that was asked for exits 0 (systemd)");
            assertTrue(mariadbdServing(dataDir).isEmpty(), "SIGTERM stops the embedded database too");
        }

        env.put("OCO_DATA_DIR", dataDir.toString());
        try (ServerProcess restarted = ServerProcess.start(env); EdgeProbe probe = new EdgeProbe(restarted.url())) {
            restarted.awaitReady(Duration.ofSeconds(120));
            // the container answered its 404 page, then empty 500s, while the application was being deployed
            List<EdgeProbe.Answer> wrong = EdgeProbe.wrong(probe.stop(), probe.realStatuses());
            assertTrue(wrong.isEmpty(), "a start refuses connections or answers 503 until it gives the real answer: "
                    + wrong);
            assertFalse(restarted.output().contains("secret(s)"), "keys are generated once: " + restarted.output());
            assertEquals(1, restarted.generatedSecrets().split("Generated the agent registration key", -1).length - 1,
                    restarted.generatedSecrets());
            AgentClient.Reply hello = new AgentClient(restarted.url(), "embedded-vm", agent.agentKey)
                    .call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
            assertEquals(200, hello.status(), hello.body());
        }
    }

    /** A mariadbd still running on this data directory, if any. */
    static List<ProcessHandle> mariadbdServing(Path dataDir) {
        String option = "--datadir=" + dataDir.resolve("mariadb");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(option)).orElse(false))
                .toList();
    }

    /** The value after {@code prefix} on its line of {@code output} (a generated secret). */
    public static String generated(String output, String prefix) {
        int start = output.indexOf(prefix);
        assertTrue(start >= 0, "expected '" + prefix + "' in:\n" + output);
        int end = output.indexOf('\n', start);
        return output.substring(start + prefix.length(), end).trim();
    }
}
