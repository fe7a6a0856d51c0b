package org.ocoj.dist.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;

/**
 * Computers for the group and report tests: agents that register and send the captured update with
 * variations (OS version, RAM, serial, MACs, software), plus pre-registered computers without inventory.
 * Every hostname starts with a per-run prefix so reports can be scoped to this fleet.
 */
final class Fleet {

    static final long GIB = 1L << 30;

    final String prefix = "g" + UUID.randomUUID().toString().substring(0, 6);
    final String sharedSerial = prefix + "-DUP";
    final String sharedMac = "02:" + prefix.substring(1, 3) + ":aa:bb:cc:dd";
    final List<AgentClient> agents = new ArrayList<>();
    final List<Long> agentIds = new ArrayList<>();
    final List<Long> preRegisteredIds = new ArrayList<>();

    /**
     * Agent {@code i}: Debian 11 for i < 4 else 12; 2 GiB RAM when i % 3 == 0 else 16 GiB; serial shared by
     * 0 and 1; MAC shared by 2 and 3; openssh-server only for even i; firefox-esr 115 for i < 6 else 128;
     * encrypted root partition when i % 4 == 0.
     */
    static Map<String, Object> inventory(int i, Fleet fleet) {
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        data.put("os_version", i < 4 ? "11" : "12");
        data.put("ram", i % 3 == 0 ? 2 * GIB : 16 * GIB);
        data.put("serial", i < 2 ? fleet.sharedSerial : fleet.prefix + "-S" + i);
        data.put("model", "Model " + (char) ('A' + i % 3));
        List<Map<String, Object>> networks = new ArrayList<>();
        Map<String, Object> nic = new LinkedHashMap<>();
        nic.put("addr", "10.77." + i + ".10");
        nic.put("netmask", "255.255.255.0");
        nic.put("broadcast", "10.77." + i + ".255");
        nic.put("mac", i == 2 || i == 3 ? fleet.sharedMac : String.format("02:%s:00:00:00:%02x", fleet.prefix.substring(1, 3), i));
        nic.put("interface", "eth0");
        networks.add(nic);
        data.put("networks", networks);
        List<Map<String, Object>> software = new ArrayList<>();
        for (Map<String, Object> item : Json.<List<Map<String, Object>>>at(data, "software")) {
            if (!"openssh-server".equals(item.get("name")) || i % 2 == 0) {
                software.add(item);
            }
        }
        software.add(new LinkedHashMap<>(Map.of("name", "firefox-esr", "version", i < 6 ? "115.10.0esr-1" : "128.3.0esr-1",
                "description", "Mozilla Firefox")));
        data.put("software", software);
        List<Map<String, Object>> partitions = Json.at(data, "partitions");
        partitions.get(0).put("encrypted", i % 4 == 0);
        return data;
    }

    static Fleet build(SharedServer.Running server, int agentCount, int preRegistered) {
        Fleet fleet = new Fleet();
        ClientApi api = server.clientApi();
        api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "true"));
        awaitSelfRegistration(api);
        try {
            for (int i = 0; i < agentCount; i++) {
                AgentClient agent = server.agent(fleet.prefix + "-a" + i);
                AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
                assertEquals(200, hello.status(), hello.body());
                AgentClient.Reply update = agent.call("oco.agent.update", inventory(i, fleet));
                assertEquals(200, update.status(), update.body());
                fleet.agents.add(agent);
                fleet.agentIds.add(server.database.count("SELECT id FROM computer WHERE hostname = ?", agent.hostname));
            }
        } finally {
            api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "false"));
        }
        fleet.preRegisteredIds.addAll(preRegister(api, fleet.prefix, preRegistered));
        return fleet;
    }

    /** Pre-registers {@code <prefix>-p0 … -p<count-1>} (no inventory) in one batch; their ids in that order. */
    static List<Long> preRegister(ClientApi api, String prefix, int count) {
        if (count == 0) {
            return List.of();
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(Map.of("jsonrpc", "2.0", "id", i, "method", "oco.computer.create", "params",
                    Map.of("api_key", SharedServer.API_KEY, "data", Map.of("hostname", prefix + "-p" + i))));
        }
        ClientApi.Reply reply = api.send(Json.write(batch), "application/json", "admin", SharedServer.ADMIN_PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> answer : Json.list(reply.body())) {
            ids.add(((Number) Json.at(answer, "result", "data", "id")).longValue());
        }
        return ids;
    }

    /**
     * Settings are cached per node and re-read every few seconds; a re-read racing with the change can keep
     * the old value until the next one. Wait until the server itself reports the setting as on.
     */
    static void awaitSelfRegistration(ClientApi api) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> settings = api.data("oco.setting.list", Map.of());
            if (settings.stream().anyMatch(s -> "self-registration.enabled".equals(s.get("key")) && "true".equals(s.get("value")))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("self-registration.enabled did not become true within 15 s");
    }

    /** Criteria limited to this fleet: {"all": [hostname starts with prefix, more]}. */
    Map<String, Object> scoped(Object more) {
        return Map.of("all", List.of(Map.of("field", "hostname", "op", "starts_with", "value", prefix + "-"), more));
    }

    String hostname(long id) {
        int index = agentIds.indexOf(id);
        return index >= 0 ? agents.get(index).hostname : prefix + "-p" + preRegisteredIds.indexOf(id);
    }
}
