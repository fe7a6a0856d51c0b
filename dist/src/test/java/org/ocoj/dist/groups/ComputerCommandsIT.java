package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/** Computer commands (links such as ssh://host) over HTTP: built-in, plugin-provided and admin-defined. */
@ExtendWith(SharedServer.class)
class ComputerCommandsIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    private Map<String, String> urls(long computerId) {
        List<Map<String, Object>> commands = Json.at(api.data("oco.computer.get", Map.of("id", computerId)), "commands");
        return commands.stream().collect(Collectors.toMap(c -> (String) c.get("id"), c -> (String) c.get("url")));
    }

    @Test
    void computerGetResolvesEveryCommandForThatComputer() {
        Fleet fleet = Fleet.build(server, 1, 0);
        long id = fleet.agentIds.get(0);
        String host = fleet.agents.get(0).hostname;
        long created = ((Number) api.<Map<String, Object>>data("oco.computer_command.create",
                Map.of("label", "Web console", "template", "https://$$ADDRESS$$:9090/?host=$$HOSTNAME$$&id=$$ID$$")).get("id")).longValue();

        Map<String, String> urls = urls(id);
        assertEquals("ssh://" + host, urls.get("ssh"));
        assertEquals("vnc://" + host, urls.get("vnc"));
        assertEquals("rdp://" + host, urls.get("rdp"), "upstream's form, which the OCO Client Extension handles");
        assertEquals("ping://" + host, urls.get("ping"));
        assertEquals("https://console.example/computers/" + id, urls.get("test-probe.console"), "plugin-provided command");
        assertEquals("https://10.77.0.10:9090/?host=" + host + "&id=" + id, urls.get("custom-" + created),
                "ADDRESS is the first reported address");

        api.data("oco.computer_command.update", Map.of("id", created, "template", "ssh://admin@$$TARGET$$"));
        assertEquals("ssh://admin@" + host, urls(id).get("custom-" + created));
        List<Map<String, Object>> listed = api.data("oco.computer_command.list", Map.of());
        assertTrue(listed.stream().anyMatch(c -> "admin".equals(c.get("source")) && "Web console".equals(c.get("label"))));
        assertEquals(List.of(), api.data("oco.computer_command.remove", Map.of("id", created)));
        assertEquals(null, urls(id).get("custom-" + created));
        assertEquals(1, server.database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'oco.computer_command.delete' "
                + "AND object_ref = ?", "computer_command:" + created));
    }

    @Test
    void everyReportedAddressGetsTheCommandsAimedAtTheTarget() {
        String host = "cmd-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = ((Number) api.<Map<String, Object>>data("oco.computer.create", Map.of("hostname", host)).get("id"))
                .longValue();
        AgentClient agent = server.agent(host);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        List<Map<String, Object>> perAddress = Json.at(api.data("oco.computer.get", Map.of("id", id)), "address_commands");
        assertEquals(List.of("192.0.2.2", "fd00::2"), perAddress.stream().map(a -> a.get("address")).toList(),
                "every reported address once, without the '-' placeholders");
        Map<String, String> v4 = byId(Json.at(perAddress.get(0), "commands"));
        assertEquals("rdp://192.0.2.2", v4.get("rdp"), "the form the OCO Client Extension handles");
        assertEquals("ssh://192.0.2.2", v4.get("ssh"));
        assertEquals("ping://192.0.2.2", v4.get("ping"));
        assertEquals(null, v4.get("test-probe.console"), "a command that does not name the target is not repeated");
        assertEquals("rdp://[fd00::2]", byId(Json.at(perAddress.get(1), "commands")).get("rdp"));
    }

    private static Map<String, String> byId(List<Map<String, Object>> commands) {
        return commands.stream().collect(Collectors.toMap(c -> (String) c.get("id"), c -> (String) c.get("url")));
    }

    @Test
    void unsafeOrMalformedTemplatesAreRefusedAndNothingIsStored() {
        long before = server.database.count("SELECT COUNT(*) FROM computer_command");
        for (String template : List.of("javascript:alert(document.cookie)", "no-scheme-$$TARGET$$",
                "ssh://$$AGENT_KEY$$", "x".repeat(1001))) {
            ClientApi.Reply reply = api.call("oco.computer_command.create", Map.of("label", "Bad", "template", template));
            assertEquals(-32001, reply.errorCode(), template);
        }
        assertEquals(-32001, api.call("oco.computer_command.create", Map.of("label", "x".repeat(201), "template", "ssh://a")).errorCode());
        assertEquals(-32001, api.call("oco.computer_command.create", Map.of("template", "ssh://a")).errorCode());
        assertEquals(-32003, api.call("oco.computer_command.remove", Map.of("id", 987654)).errorCode());
        assertEquals(before, server.database.count("SELECT COUNT(*) FROM computer_command"));
    }
}
