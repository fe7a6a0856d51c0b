package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An earlier version's database moves into the embedded MariaDB: a server on the former default (an H2 file in
 * the data directory, here named by its URL) collects agents, a group, a report and events; the next start
 * without a database URL imports it all, keeps the H2 file as a backup, and the agents' keys still work.
 */
class H2MigrationIT {

    /** The former default database URL: {@code <data dir>/oco.mv.db}. */
    private static String formerDefaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("oco") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,USER;"
                + "IGNORECASE=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    }

    @Test
    void theFormerH2DefaultIsImportedOnTheFirstStartOfTheEmbeddedMariaDb() throws Exception {
        Path dataDir = Files.createTempDirectory("oco-it-h2-data");
        Map<String, String> env = new HashMap<>();
        env.put("OCO_DATA_DIR", dataDir.toString());
        env.put("OCO_SELF_REGISTRATION", "true");
        env.put("OCO_ADMIN_PASSWORD", "h2-admin");
        env.put("OCO_DB_URL", formerDefaultUrl(dataDir));
        List<AgentClient> agents = new ArrayList<>();
        String apiKey;
        String registrationKey;
        long groupId;
        long reportId;
        List<Map<String, Object>> computersBefore;
        try (ServerProcess server = ServerProcess.start(env).awaitReady(Duration.ofSeconds(120))) {
            assertTrue(server.output().contains("OCO-J: database jdbc:h2:file:"), "the legacy URL still works: "
                    + server.output());
            registrationKey = EmbeddedDatabaseIT.generated(server.generatedSecrets(),
                    "Generated the agent registration key (configure agents with it): ");
            apiKey = EmbeddedDatabaseIT.generated(server.generatedSecrets(),
                    "Generated the client API key (params.api_key): ");
            for (int i = 1; i <= 3; i++) {
                AgentClient agent = new AgentClient(server.url(), "h2-pc-" + i, registrationKey);
                assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
                agents.add(agent);
            }
            assertEquals(200, agents.get(0).call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
            ClientApi api = new ClientApi(server.url(), "admin", "h2-admin", apiKey);
            computersBefore = Json.at(api.data("oco.computer.list", Map.of()), "computers");
            long first = id(computersBefore, "h2-pc-1");
            groupId = ((Number) api.<Map<String, Object>>data("oco.computer_group.create", Map.of("name", "from-h2"))
                    .get("id")).longValue();
            api.data("oco.computer.add_to_group", Map.of("computer_id", first, "computer_group_id", groupId));
            reportId = ((Number) api.<Map<String, Object>>data("oco.report.create", Map.of("name", "h2-pc-2 only",
                    "criteria", Map.of("field", "id", "op", "equals", "value", id(computersBefore, "h2-pc-2"))))
                    .get("id")).longValue();
            api.data("oco.event_rule.create", Map.of("log", "System", "query",
                    "<QueryList><Query Id=\"0\" Path=\"System\"><Select Path=\"System\">*</Select></Query></QueryList>"));
            assertEquals(200, agents.get(0).call("oco.agent.events", Map.of("events", List.of(Map.of("log", "System",
                    "provider", "disk", "event_id", 7, "level", 2, "timestamp", "2026-11-20 10:00:00",
                    "data", Map.of("message", "bad block"))))).status());
            server.stop(Duration.ofSeconds(60));
        }
        assertTrue(Files.exists(dataDir.resolve("oco.mv.db")));

        env.put("OCO_DB_URL", null); // the new default: the embedded MariaDB
        try (ServerProcess server = ServerProcess.start(env).awaitReady(Duration.ofSeconds(180))) {
            String output = server.output();
            assertTrue(output.contains("OCO-J: importing the H2 database " + dataDir.resolve("oco.mv.db")), output);
            assertTrue(output.contains("OCO-J:   computer: 3 rows"), output);
            assertTrue(output.contains("OCO-J: imported the H2 database; it is kept as "
                    + dataDir.resolve("oco.mv.db.before-mariadb")), output);
            assertTrue(output.contains("OCO-J: database embedded MariaDB in "), output);
            assertFalse(output.contains("secret(s)"), "the imported keys are kept: " + output);
            assertEquals(1, server.generatedSecrets().split("Generated the agent registration key", -1).length - 1,
                    "no new registration key: " + server.generatedSecrets());
            assertFalse(Files.exists(dataDir.resolve("oco.mv.db")));
            assertTrue(Files.exists(dataDir.resolve("oco.mv.db.before-mariadb")), "the H2 file is the backup");

            for (AgentClient agent : agents) {
                AgentClient.Reply hello = new AgentClient(server.url(), agent.hostname, agent.agentKey)
                        .call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
                assertEquals(200, hello.status(), agent.hostname + "'s key still works: " + hello.body());
            }
            ClientApi api = new ClientApi(server.url(), "admin", "h2-admin", apiKey);
            List<Map<String, Object>> computers = Json.at(api.data("oco.computer.list", Map.of()), "computers");
            assertEquals(ids(computersBefore), ids(computers));
            long first = id(computers, "h2-pc-1");
            Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", first));
            assertEquals(805, ((List<?>) computer.get("recognised_software")).size());
            List<Map<String, Object>> members = Json.at(api.data("oco.computer.list",
                    Map.of("computer_group_id", groupId)), "computers");
            assertEquals(List.of("h2-pc-1"), members.stream().map(c -> c.get("hostname")).toList());
            List<Map<String, Object>> reportRows = api.data("oco.report.run", Map.of("id", reportId));
            assertEquals(1, reportRows.size(), reportRows.toString());
            Map<String, Object> events = api.data("oco.event.list", Map.of("computer_id", first));
            assertEquals(1, ((Number) events.get("total")).intValue(), events.toString());

            AgentClient newcomer = new AgentClient(server.url(), "h2-pc-new", registrationKey);
            assertEquals(200, newcomer.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status(),
                    "new rows get fresh ids after the imported ones");
        }
    }

    private static long id(List<Map<String, Object>> computers, String hostname) {
        return computers.stream().filter(c -> hostname.equals(c.get("hostname")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static List<Object> ids(List<Map<String, Object>> computers) {
        return computers.stream().map(c -> c.get("hostname") + "=" + c.get("id")).sorted().map(Object.class::cast)
                .toList();
    }
}
