package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Four computers for the computer-scope tests (API and browser), each with one CheckMK service ("Disk /"), one event
 * and one software "&lt;prefix&gt;-tool" in version "1.&lt;name&gt;": b1 in "Berlin", m1 in
 * its subgroup "Mitte", h1 in "Hamburg", x1 in no group. Names start with a per-run prefix.
 */
public final class ScopeFleet {

    public final String prefix;
    public final long berlin;
    public final long mitte;
    public final long hamburg;
    public final long berlinPc;
    public final long mittePc;
    public final long hamburgPc;
    public final long loosePc;
    public final long hamburgServiceId;

    private ScopeFleet(SharedServer.Running server, String prefix) {
        this.prefix = prefix;
        ClientApi admin = server.clientApi();
        berlin = id(admin.data("oco.computer_group.create", Map.of("name", prefix + " Berlin")));
        mitte = id(admin.data("oco.computer_group.create", Map.of("name", prefix + " Mitte",
                "parent_computer_group_id", berlin)));
        hamburg = id(admin.data("oco.computer_group.create", Map.of("name", prefix + " Hamburg")));
        berlinPc = computer(server, "b1", berlin);
        mittePc = computer(server, "m1", mitte);
        hamburgPc = computer(server, "h1", hamburg);
        loosePc = computer(server, "x1", 0);
        hamburgServiceId = server.database.count("SELECT id FROM checkmk_service WHERE computer_id = ?", hamburgPc);
    }

    public static ScopeFleet build(SharedServer.Running server, String prefix) {
        return new ScopeFleet(server, prefix);
    }

    public String hostname(String name) {
        return prefix + "-" + name;
    }

    /** What the Berlin operator must see, sorted. */
    public List<String> berlinHostnames() {
        return List.of(hostname("b1"), hostname("m1"));
    }

    private long computer(SharedServer.Running server, String name, long group) {
        ClientApi admin = server.clientApi();
        long id = id(admin.data("oco.computer.create", Map.of("hostname", hostname(name))));
        if (group != 0) {
            admin.data("oco.computer.add_to_group", Map.of("computer_id", id, "computer_group_id", group));
        }
        AgentClient agent = server.agent(hostname(name));
        Map<String, Object> hello = new LinkedHashMap<>(Captures.data("oco-agent-hello.json"));
        hello.put("services", List.of(Map.of("status", "0", "name", "Disk /", "metrics", "used=42;80;90",
                "details", "42% used")));
        hello.put("force_update", false);
        AgentClient.Reply reply = agent.call("oco.agent.hello", hello);
        assertEquals(200, reply.status(), reply.body());
        Map<String, Object> inventory = new LinkedHashMap<>(Captures.data("oco-agent-update.json"));
        inventory.put("software", List.of(Map.of("name", prefix + "-tool", "version", "1." + name,
                "description", "one version per computer")));
        AgentClient.Reply update = agent.call("oco.agent.update", inventory);
        assertEquals(200, update.status(), update.body());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("log", "System");
        event.put("provider", "Scope-Test");
        event.put("event_id", 1);
        event.put("level", 2);
        event.put("timestamp", LocalDateTime.now(ZoneOffset.UTC).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        event.put("data", Map.of("computer", name));
        AgentClient.Reply events = agent.call("oco.agent.events", Map.of("events", List.of(event)));
        assertEquals(200, events.status(), events.body());
        return id;
    }

    private static long id(Map<String, Object> created) {
        return ((Number) created.get("id")).longValue();
    }
}
