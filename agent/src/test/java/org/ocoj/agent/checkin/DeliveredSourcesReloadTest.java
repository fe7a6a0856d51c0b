package org.ocoj.agent.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.collect.CollectorHost;
import org.ocoj.agent.collect.TestCollectorJar;
import org.ocoj.agent.delivery.CollectorOffer;

/**
 * The server delivers new versions of a collector, a service-check source and an event source while the agent runs:
 * after the hello that offers them, everything the agent runs is the new version, all three kinds together, without
 * a restart. Real plugin jars, a real PF4J host and real HTTP.
 */
class DeliveredSourcesReloadTest {
    private static final String COLLECTOR = "deliv-inventory";
    private static final String CHECKS = "deliv-checks";
    private static final String EVENTS = "deliv-events";

    @TempDir
    Path dir;
    private FakeOcoServer server;
    private CollectorHost host;
    private AgentUnderTest agent;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOcoServer();
        Path delivered = dir.resolve("delivered");
        host = CollectorHost.start(List.of(dir.resolve("plugins"), delivered));
        agent = AgentUnderTest.withPlugins(Files.createDirectory(dir.resolve("agent")), server.url(), host, delivered);
    }

    @AfterEach
    void stop() {
        host.close();
        server.close();
    }

    @Test
    void allThreeKindsSwitchToTheDeliveredVersionsTogether() throws Exception {
        deliver("1.0.0");
        agent.cycle.run(false);
        assertEquals(List.of("1.0.0", "1.0.0"), afterHello(0), "delivered in the first cycle, used right after");

        deliver("2.0.0");
        agent.cycle.run(false);
        assertEquals("version 1.0.0", checkDetails(3), "the hello was collected before the server offered 2.0.0");
        assertEquals(List.of("2.0.0", "2.0.0"), afterHello(3), "inventory and events of the same cycle: 2.0.0");

        agent.cycle.run(false);
        assertEquals("version 2.0.0", checkDetails(6), "the next hello's service checks: 2.0.0");
        assertEquals(List.of("2.0.0", "2.0.0"), afterHello(6));
        assertEquals(List.of(CHECKS, COLLECTOR, EVENTS), List.of(host.pluginPath(CHECKS), host.pluginPath(COLLECTOR),
                host.pluginPath(EVENTS)).stream().map(path -> path.orElseThrow().getFileName().toString()
                .replace(".jar", "")).toList(), "one version of each loaded");
    }

    /** The version the collector reported in the update and the event source in the events after hello {@code i}. */
    private List<String> afterHello(int i) {
        List<FakeOcoServer.Request> requests = server.requests();
        assertEquals(List.of("oco.agent.hello", "oco.agent.update", "oco.agent.events"),
                requests.subList(i, i + 3).stream().map(FakeOcoServer.Request::method).toList());
        JsonNode software = requests.get(i + 1).json().at("/params/data/software");
        String collected = StreamSupport.stream(software.spliterator(), false)
                .filter(entry -> entry.path("name").asText().equals(COLLECTOR))
                .map(entry -> entry.path("version").asText()).findFirst().orElse("none");
        JsonNode event = requests.get(i + 2).json().at("/params/data/events/0");
        assertEquals(EVENTS, event.path("provider").asText());
        return List.of(collected, event.path("event_id").asText());
    }

    private String checkDetails(int hello) {
        JsonNode service = server.requests().get(hello).json().at("/params/data/services/0");
        assertEquals(CHECKS, service.path("name").asText());
        return service.path("details").asText();
    }

    /** Serves the three plugins in {@code version} and offers them (and an event rule) in every hello from now on. */
    private void deliver(String version) throws Exception {
        Map<String, Path> jars = Map.of(
                COLLECTOR, TestCollectorJar.build(dir.resolve(COLLECTOR + version + ".jar"), COLLECTOR, version, dir),
                CHECKS, TestCollectorJar.serviceCheckSource(dir.resolve(CHECKS + version + ".jar"), CHECKS, version, dir),
                EVENTS, TestCollectorJar.eventSource(dir.resolve(EVENTS + version + ".jar"), EVENTS, version, dir));
        ArrayNode offers = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            byte[] bytes = Files.readAllBytes(jar.getValue());
            server.serve(jar.getKey() + ".jar", bytes);
            offers.addObject().put("id", jar.getKey()).put("version", version)
                    .put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .put("url", "agent-plugins/" + jar.getKey() + ".jar");
        }
        server.customizeHello(params -> {
            params.put("update", 1);
            params.set(CollectorOffer.HELLO_FIELD, offers);
            params.putArray("events").addObject().put("since", "2026-11-24 07:00:00").put("log", "journalctl")
                    .put("query", "{}");
        });
    }
}
