package org.ocoj.dist.software;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/**
 * The fleet's software through the client API: three computers that report packages named with a per-run prefix
 * (so other test classes' computers on the shared server do not count), two operating systems, two versions.
 */
@ExtendWith(SharedServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SoftwareViewIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();
    private final String prefix = "sw" + UUID.randomUUID().toString().substring(0, 6);
    private final List<String> hostnames = List.of(prefix + "-a", prefix + "-b", prefix + "-c");

    /** a: Debian, editor 1.9; b: Debian, editor 1.10; c: Windows, editor 1.10; all three have the library. */
    @BeforeAll
    void reportInventories() {
        for (int i = 0; i < hostnames.size(); i++) {
            api.data("oco.computer.create", Map.of("hostname", hostnames.get(i)));
            AgentClient agent = server.agent(hostnames.get(i));
            assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
            Map<String, Object> data = Captures.data("oco-agent-update.json");
            data.put("os", i == 2 ? "Windows 11 Pro" : "Debian GNU/Linux");
            List<Map<String, Object>> software = new ArrayList<>(Json.<List<Map<String, Object>>>at(data, "software"));
            software.add(item(prefix + "-editor", i == 0 ? "1.9" : "1.10"));
            software.add(item(prefix + "_lib", "2.0"));
            data.put("software", software);
            AgentClient.Reply update = agent.call("oco.agent.update", data);
            assertEquals(200, update.status(), update.body());
        }
    }

    private static Map<String, Object> item(String name, String version) {
        return new LinkedHashMap<>(Map.of("name", name, "version", version, "description", "test package"));
    }

    @Test
    void theListShowsEachNameWithItsVersionsAndComputersSortedAndPaged() {
        Map<String, Object> page = api.data("oco.software.list", Map.of("search", prefix.toUpperCase()));
        assertEquals(2, ((Number) page.get("total")).intValue());
        List<Map<String, Object>> software = Json.at(page, "software");
        assertEquals(List.of(prefix + "-editor", prefix + "_lib"), software.stream().map(s -> s.get("name")).toList());
        assertEquals(List.of(2, 1), software.stream().map(s -> ((Number) s.get("versions")).intValue()).toList());
        assertEquals(List.of(3, 3), software.stream().map(s -> ((Number) s.get("computers")).intValue()).toList());

        Map<String, Object> second = api.data("oco.software.list", Map.of("search", prefix, "limit", 1, "offset", 1));
        assertEquals(List.of(prefix + "_lib"), Json.<List<Map<String, Object>>>at(second, "software").stream()
                .map(s -> s.get("name")).toList());
        assertEquals(2, ((Number) second.get("total")).intValue());
    }

    @Test
    void wildcardsInTheSearchAreLiteral() {
        Map<String, Object> page = api.data("oco.software.list", Map.of("search", prefix + "_"));
        assertEquals(List.of(prefix + "_lib"), Json.<List<Map<String, Object>>>at(page, "software").stream()
                .map(s -> s.get("name")).toList(), "_ matches only itself");
        assertEquals(0, ((Number) api.<Map<String, Object>>data("oco.software.list",
                Map.of("search", prefix + "%editor")).get("total")).intValue());
    }

    @Test
    void oneNameShowsVersionsNewestFirstWithComputersPerOs() {
        Map<String, Object> editor = api.data("oco.software.get", Map.of("name", prefix + "-editor"));
        assertEquals(3, ((Number) editor.get("computers")).intValue());
        List<Map<String, Object>> versions = Json.at(editor, "versions");
        assertEquals(List.of("1.10", "1.9"), versions.stream().map(v -> v.get("version")).toList(),
                "versions compare by their numbers: 1.10 is newer than 1.9");
        assertEquals(2, ((Number) versions.get(0).get("computers")).intValue());
        List<Map<String, Object>> byOs = Json.at(versions.get(0), "by_os");
        assertEquals(2, byOs.size());
        assertEquals(Map.of("Debian GNU/Linux", 1, "Windows 11 Pro", 1), Map.of(byOs.get(0).get("os"),
                ((Number) byOs.get(0).get("computers")).intValue(), byOs.get(1).get("os"),
                ((Number) byOs.get(1).get("computers")).intValue()));

        Map<String, Object> installed = Json.at(editor, "installed_on");
        assertEquals(3, ((Number) installed.get("total")).intValue());
        assertEquals(hostnames, Json.<List<Map<String, Object>>>at(installed, "computers").stream()
                .map(c -> c.get("hostname")).toList());
    }

    @Test
    void installationsArePagedAndFilteredByVersionAndOs() {
        Map<String, Object> page = Json.at(api.data("oco.software.get", Map.of("name", prefix + "-editor",
                "limit", 1, "offset", 1)), "installed_on");
        List<Map<String, Object>> computers = Json.at(page, "computers");
        assertEquals(1, computers.size());
        assertEquals(hostnames.get(1), computers.get(0).get("hostname"));
        assertEquals("1.10", computers.get(0).get("version"));
        assertEquals(3, ((Number) page.get("total")).intValue());

        Map<String, Object> newest = Json.at(api.data("oco.software.get", Map.of("name", prefix + "-editor",
                "version", "1.10", "os", "Windows 11 Pro")), "installed_on");
        assertEquals(List.of(hostnames.get(2)), Json.<List<Map<String, Object>>>at(newest, "computers").stream()
                .map(c -> c.get("hostname")).toList());
    }

    @Test
    void unknownNamesAndBadPagingAreRefusedInWords() {
        ClientApi.Reply unknown = api.call("oco.software.get", Map.of("name", prefix + "-nothing"));
        assertEquals(-32003, unknown.errorCode());
        assertEquals("No computer has software named \"" + prefix + "-nothing\"", unknown.errorMessage());
        ClientApi.Reply limit = api.call("oco.software.list", Map.of("limit", 0));
        assertEquals(-32001, limit.errorCode());
        assertEquals("data.limit must be from 1 to 1000: 0", limit.errorMessage());
        assertEquals(-32001, api.call("oco.software.get", Map.of()).errorCode());
    }

    @Test
    void aRemovedComputerNoLongerCounts() {
        String hostname = prefix + "-gone";
        long id = ((Number) api.<Map<String, Object>>data("oco.computer.create", Map.of("hostname", hostname))
                .get("id")).longValue();
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        data.put("software", List.of(item(prefix + "-only-here", "1")));
        assertEquals(200, agent.call("oco.agent.update", data).status());
        assertEquals(1, ((Number) api.<Map<String, Object>>data("oco.software.list",
                Map.of("search", prefix + "-only")).get("total")).intValue());

        api.data("oco.computer.remove", Map.of("id", id));

        assertEquals(0, ((Number) api.<Map<String, Object>>data("oco.software.list",
                Map.of("search", prefix + "-only")).get("total")).intValue(), "the catalogue entry stays, unlisted");
        assertEquals(-32003, api.call("oco.software.get", Map.of("name", prefix + "-only-here")).errorCode());
    }
}
