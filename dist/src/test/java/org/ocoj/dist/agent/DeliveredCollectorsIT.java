package org.ocoj.dist.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.Json;
import org.ocoj.dist.SharedServer;
import org.ocoj.dist.TestAccess;
import org.ocoj.dist.TestPluginJar;
import org.ocoj.dist.agentcollector.MarkerCollector;

/**
 * A collector plugin dropped into the server's agent-plugins folder reaches the agent package: the server
 * offers it in the hello, the agent ({@code bin/oco-agent --once}) downloads it, checks its SHA-256, loads
 * it in the same check-in, and what it collects shows up in {@code oco.computer.get}.
 */
@ExtendWith(SharedServer.class)
class DeliveredCollectorsIT {
    private static final String JAR = "it-marker-1.0.0.jar";

    private final SharedServer.Running server = SharedServer.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serverDeliversACollectorPluginThatTheAgentVerifiesLoadsAndRuns() throws Exception {
        Path offered = SharedServer.agentPluginsDir().resolve(JAR);
        TestPluginJar.build(offered, "it-marker", "1.0.0", "Delivered collector for the end-to-end test",
                "org/ocoj/dist/agentcollector/");
        String hostname = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim().split("\\.")[0];
        TestAccess.setSelfRegistration(server, true);
        TestAccess.removeComputer(server, hostname); // the agent registers afresh with the registration key
        try {
            awaitStatus(JAR, 200); // the server rescans its folder every few seconds
            HttpResponse<byte[]> download = get(JAR);
            assertEquals(sha256(Files.readAllBytes(offered)), download.headers().firstValue("X-Checksum-SHA256").orElse(""));
            assertEquals(404, get("..%2Fplugins%2F" + JAR).statusCode());
            assertEquals(404, get("not-offered.jar").statusCode());

            Path dir = Files.createTempDirectory("oco-agent-delivery-it");
            Path delivered = dir.resolve("delivered");
            String output = runAgentOnce(dir, delivered);

            assertTrue(Files.isRegularFile(delivered.resolve("it-marker.jar")), output);
            assertTrue(output.contains("collector plugin it-marker 1.0.0 installed from the server"), output);
            List<Map<String, Object>> devices = listOf(TestAccess.computerByHostname(server, hostname).get("devices"));
            assertTrue(devices.stream().anyMatch(d -> MarkerCollector.NAME.equals(d.get("name"))),
                    "the delivered collector's device reached the server: " + devices);
            customSectionIsStoredShownReportableAndHeard(hostname);
        } finally {
            Files.deleteIfExists(offered);
            awaitStatus(JAR, 404); // no later test (nor its agent) may still be offered the plugin
            TestAccess.removeComputer(server, hostname);
            TestAccess.setSelfRegistration(server, false);
        }
    }

    /** The marker's custom section: in oco.computer.get, in the history, in a report and seen by a listener. */
    private void customSectionIsStoredShownReportableAndHeard(String hostname) {
        Map<String, Object> computer = TestAccess.computerByHostname(server, hostname);
        List<Map<String, Object>> custom = listOf(computer.get("custom_sections"));
        assertEquals(1, custom.size(), "custom sections: " + custom);
        Map<String, Object> section = custom.get(0);
        assertEquals("it-marker.marker", section.get("key"));
        assertEquals("it-marker", section.get("plugin"), "namespaced by the delivered plugin's id");
        assertEquals(MarkerCollector.NAME, Json.at(section, "content", "name"));
        assertEquals(0.42, Json.<Number>at(section, "content", "load", "avg1").doubleValue());
        assertEquals(List.of("a.service", "b.service"), Json.at(section, "content", "units"));
        assertTrue(listOf(computer.get("history")).stream().anyMatch(h -> "it-marker.marker".equals(h.get("section"))
                && String.valueOf(h.get("detail")).contains("units[]: b.service")), "history: " + computer.get("history"));

        long id = Json.<Number>at(computer, "general", "id").longValue();
        assertTrue(reportMatches(Map.of("exists", "custom", "where", Map.of("all", List.of(
                Map.of("field", "section", "op", "equals", "value", "it-marker.marker"),
                Map.of("field", "path", "op", "equals", "value", "load.avg1"),
                Map.of("field", "number", "op", "gt", "value", 0.4))))).contains(id), "load.avg1 above 0.4");
        assertTrue(reportMatches(Map.of("exists", "custom", "where", Map.of("all", List.of(
                Map.of("field", "path", "op", "equals", "value", "units[]"),
                Map.of("field", "value", "op", "equals", "value", "b.service"))))).contains(id), "a unit in the list");
        assertFalse(reportMatches(Map.of("exists", "custom", "where", Map.of("all", List.of(
                Map.of("field", "path", "op", "equals", "value", "load.avg1"),
                Map.of("field", "number", "op", "gt", "value", 1))))).contains(id), "load.avg1 is not above 1");

        assertEquals(MarkerCollector.NAME, server.database.string(
                "SELECT marker FROM probe_inventory WHERE hostname = ? AND changed LIKE '%it-marker.marker%'", hostname),
                "the probe's InventoryListener saw the stored update with its custom section");
    }

    private List<Long> reportMatches(Map<String, Object> criteria) {
        ClientApi api = server.clientApi();
        Map<String, Object> created = api.data("oco.report.create",
                Map.of("name", "custom section " + System.nanoTime(), "criteria", criteria));
        List<Map<String, Object>> rows = api.data("oco.report.run", Map.of("id", created.get("id")));
        return rows.stream().map(r -> ((Number) r.get("computer_id")).longValue()).toList();
    }

    private String runAgentOnce(Path dir, Path delivered) throws IOException, InterruptedException {
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nquery-interval = 60\nagent-key = " + SharedServer.REGISTRATION_KEY
                + "\ntimestamp-file = " + dir.resolve("oco-agent.timestamp")
                + "\ndelivered-plugins-dir = " + delivered + "\n\n[server]\napi-url = "
                + server.url().resolve("/api-agent.php") + "\nserver-key = \n");
        Process agent = new ProcessBuilder(agentHome().resolve("bin/oco-agent").toString(),
                "--config", ini.toString(), "--once").redirectErrorStream(true).start();
        String output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(agent.waitFor(5, TimeUnit.MINUTES), output);
        assertEquals(0, agent.exitValue(), "oco-agent --once: " + output);
        assertFalse(output.contains("refused"), output);
        return output;
    }

    private HttpResponse<byte[]> get(String file) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url().resolve("/agent-plugins/" + file)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitStatus(String file, int status) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        int last;
        while ((last = get(file).statusCode()) != status) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("GET /agent-plugins/" + file + " still answers " + last + ", expected " + status);
            }
            Thread.sleep(500);
        }
    }

    private static Path agentHome() {
        return Path.of(System.getProperty("oco.agent.home", "target/oco-agent"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listOf(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
