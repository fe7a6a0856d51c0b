package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Editing computers: rename with history kept, notes, and creating one with the keys its agent already has. */
@ExtendWith(SharedServer.class)
class ComputerEditIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private static String newHostname() {
        return "edit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long create(Map<String, Object> data) {
        Map<String, Object> created = api.data("oco.computer.create", data);
        return ((Number) created.get("id")).longValue();
    }

    @Test
    void aRenamedComputerKeepsKeysInventoryAndHistoryAndTheEditIsRecorded() {
        String before = newHostname();
        String after = newHostname();
        long id = create(Map.of("hostname", before));
        AgentClient agent = server.agent(before);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        api.data("oco.computer.update", Map.of("id", id, "hostname", after, "notes", "renamed by IT"));

        Map<String, Object> computer = api.data("oco.computer.get", Map.of("id", id));
        assertEquals(after, Json.at(computer, "general", "hostname"));
        assertEquals("renamed by IT", Json.at(computer, "general", "notes"));
        List<Map<String, Object>> history = Json.at(computer, "history");
        assertTrue(history.stream().anyMatch(e -> String.valueOf(e.get("section")).equals("edited by admin")
                && String.valueOf(e.get("detail")).contains("hostname: " + after)), history.toString());
        assertTrue(history.stream().anyMatch(e -> "software".equals(e.get("section"))), "the inventory history stays");
        assertEquals(1L, server.database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer.update' "
                + "AND object_ref = ?", "computer:" + id));

        // the machine now reports its new name and signs with the key it had
        AgentClient renamed = new AgentClient(server.url(), after, agent.agentKey);
        renamed.serverKey = agent.serverKey;
        AgentClient.Reply hello = renamed.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
        assertNull(hello.params().get("agent-key"), "no new registration");
    }

    @Test
    void renamingToAnExistingOrInvalidNameIsRefusedAndChangesNothing() {
        String taken = newHostname();
        create(Map.of("hostname", taken));
        String mine = newHostname();
        long id = create(Map.of("hostname", mine));

        ClientApi.Reply duplicate = api.call("oco.computer.update", Map.of("id", id, "hostname", taken.toUpperCase()));
        assertTrue(duplicate.errorMessage().contains("already exists"), duplicate.body());
        ClientApi.Reply invalid = api.call("oco.computer.update", Map.of("id", id, "hostname", "two words"));
        assertTrue(invalid.errorMessage().contains("Not a valid host name"), invalid.body());
        ClientApi.Reply unknown = api.call("oco.computer.update", Map.of("id", 999_999_999, "notes", "x"));
        assertTrue(unknown.errorMessage().contains("no computer with id"), unknown.body());
        assertEquals(mine, server.database.string("SELECT hostname FROM computer WHERE id = ?", id));
    }

    @Test
    void aComputerCreatedWithItsOwnKeysChecksInWithThemWithoutRegistration() {
        String hostname = newHostname();
        String agentKey = "own-agent-key-" + UUID.randomUUID();
        String serverKey = "own-server-key-" + UUID.randomUUID();
        create(Map.of("hostname", hostname, "agent_key", agentKey, "server_key", serverKey));

        AgentClient agent = new AgentClient(server.url(), hostname, agentKey);
        agent.serverKey = serverKey;
        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
        assertEquals(agentKey, agent.agentKey);

        ClientApi.Reply shortKey = api.call("oco.computer.create", Map.of("hostname", newHostname(), "agent_key", "short"));
        assertTrue(shortKey.errorMessage().contains("data.agent_key must be 16 to 255"), shortKey.body());
    }
}
