package org.ocoj.dist.checkmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.dist.AgentClient;
import org.ocoj.dist.Captures;
import org.ocoj.dist.ClientApi;
import org.ocoj.dist.SharedServer;

/**
 * CheckMK service checks end to end (SPEC §6): services in hellos — from the upstream agent's wire format and
 * from the real OCO-J agent bundle running real local-check scripts — stored by the checkmk-services plugin
 * of the real server bundle on MariaDB, and read back through the client API.
 */
@ExtendWith(SharedServer.class)
class ServiceChecksIT {

    private static final String STALE_AFTER = "checkmk-services.stale-after-seconds";

    private final SharedServer.Running server = SharedServer.get();
    private final ClientApi api = server.clientApi();

    @TempDir
    Path dir;

    private long createComputer(String hostname) {
        Map<String, Object> created = api.data("oco.computer.create", Map.of("hostname", hostname));
        return ((Number) created.get("id")).longValue();
    }

    private static Map<String, Object> service(String status, String name, String metrics, String details) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("status", status);
        service.put("name", name);
        service.put("merics", metrics); // upstream agent 1.2.0's spelling
        service.put("details", details);
        return service;
    }

    /** The captured upstream hello with another {@code services} value. */
    private static Map<String, Object> hello(Object services) {
        Map<String, Object> data = new LinkedHashMap<>(Captures.data("oco-agent-hello.json"));
        data.put("services", services);
        data.put("force_update", false);
        return data;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> services(long computerId) {
        Map<String, Object> result = api.data("oco.service.list", Map.of("computer_id", computerId));
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        ((List<Map<String, Object>>) result.get("services")).forEach(s -> byName.put((String) s.get("name"), s));
        return byName;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> history(long computerId, String name) {
        Map<String, Object> result = api.data("oco.service.history", Map.of("computer_id", computerId, "name", name));
        return (List<Map<String, Object>>) result.get("history");
    }

    private long historyRows(long computerId) {
        return server.database.count("SELECT COUNT(*) FROM checkmk_service_history h JOIN checkmk_service s "
                + "ON s.id = h.service_id WHERE s.computer_id = ?", computerId);
    }

    @Test
    void upstreamAgentServicesGiveStateMetricsAndAHistoryOfChangesOnly() {
        String hostname = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createComputer(hostname);
        AgentClient agent = server.agent(hostname);
        List<Map<String, Object>> report = List.of(service("0", "Disk /", "used=42;80;90", "42% used"),
                service("P", "Load", "load=2.5;1;2", "load average"));

        assertEquals(200, agent.call("oco.agent.hello", hello(report)).status());

        Map<String, Map<String, Object>> stored = services(id);
        assertEquals(List.of("Disk /", "Load"), new ArrayList<>(stored.keySet()));
        assertEquals(0, stored.get("Disk /").get("status"));
        assertEquals("used=42;80;90", stored.get("Disk /").get("metrics"), "merics is read");
        assertEquals("CRIT", stored.get("Load").get("status_text"), "P computed from the levels");
        assertEquals("P: load 2.5 ≥ critical level 2", stored.get("Load").get("note"));
        assertEquals(hostname, stored.get("Load").get("computer_hostname"));
        for (String time : List.of("first_seen", "changed", "last_seen")) {
            assertTrue(String.valueOf(stored.get("Load").get(time)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                    time + " is YYYY-MM-DD HH:MM:SS: " + stored.get("Load"));
        }
        assertEquals(2, historyRows(id));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, agent.call("oco.agent.hello", hello(report)).status());
        }
        assertEquals(2, historyRows(id), "unchanged services write no history");

        Map<String, Object> warn = new LinkedHashMap<>(service("1", "Disk /", null, "85% used"));
        warn.remove("merics");
        warn.put("metrics", "used=85;80;90"); // the spelling the upstream server reads
        assertEquals(200, agent.call("oco.agent.hello", hello(List.of(warn, report.get(1)))).status());
        List<Map<String, Object>> disk = history(id, "Disk /");
        assertEquals(List.of(1, 0), disk.stream().map(h -> h.get("status")).toList(), "newest first");
        assertEquals("used=85;80;90", disk.get(0).get("metrics"));
        assertEquals(1, history(id, "Load").size());

        Map<String, Object> summary = api.data("oco.service.summary", Map.of("computer_id", id));
        assertEquals(1, ((Number) summary.get("warn")).intValue());
        assertEquals(1, ((Number) summary.get("crit")).intValue());
        assertEquals(-32003, api.call("oco.service.history", Map.of("computer_id", id, "name", "nope")).errorCode());
        assertEquals(-32001, api.call("oco.service.list", Map.of("status", "purple")).errorCode());
    }

    @Test
    void anOverlongNameAndAMalformedServicesValueChangeNothingAndAreLogged() {
        String hostname = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        long id = createComputer(hostname);
        AgentClient agent = server.agent(hostname);
        Map<String, Object> disk = service("0", "Disk /", "-", "fine");
        assertEquals(200, agent.call("oco.agent.hello", hello(List.of(disk))).status());

        String longName = "n".repeat(201);
        AgentClient.Reply reply = agent.call("oco.agent.hello", hello(List.of(disk, service("2", longName, "-", "x"))));
        assertEquals(200, reply.status(), "the hello itself is fine");
        assertEquals(200, agent.call("oco.agent.hello", hello("not a list")).status());
        assertEquals(200, agent.call("oco.agent.hello", hello(Map.of("status", "0"))).status());

        assertEquals(List.of("Disk /"), new ArrayList<>(services(id).keySet()));
        assertEquals(1, historyRows(id));
        String log = server.output();
        assertTrue(log.contains("Services of " + hostname + ": 1 entry ignored: services[1].name is 201 characters long "
                + "(at most 200)"), log);
        assertTrue(log.contains("Services of " + hostname + " ignored, nothing stored: services must be an array or null, "
                + "not a string"), log);
    }

    @Test
    void aHelloWithUnchangedServicesCostsOneStatementAndAChangeAFewMore() {
        String hostname = "svc-" + UUID.randomUUID().toString().substring(0, 8);
        createComputer(hostname);
        AgentClient agent = server.agent(hostname);
        List<Map<String, Object>> report = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            report.add(service(String.valueOf(i % 3), "Service " + i, "value=" + i + ";10;20", "details of " + i));
        }
        assertEquals(200, agent.call("oco.agent.hello", hello(report)).status());

        long withNull = medianStatements(() -> agent.call("oco.agent.hello", hello(null)));
        assertEquals(200, agent.call("oco.agent.hello", hello(report)).status());
        long unchanged = medianStatements(() -> agent.call("oco.agent.hello", hello(report)));
        int[] round = {0};
        long oneChanged = medianStatements(() -> {
            report.set(0, service(String.valueOf(++round[0] % 2), "Service 0", "-", "flapping"));
            return agent.call("oco.agent.hello", hello(report));
        });
        System.out.printf("STATEMENTS hello services=null: %d, with 20 unchanged services: %d, with 1 of 20 changed: %d%n",
                withNull, unchanged, oneChanged);
        assertTrue(unchanged - withNull <= 1, "unchanged services cost " + (unchanged - withNull) + " statements");
        // the failed touch, the transaction's own three, then lock, load and the few batched writes
        assertTrue(oneChanged - withNull <= 10, "a changed service costs " + (oneChanged - withNull) + " statements");
    }

    /**
     * Median number of statements this server sent to MariaDB per request: the general log, filtered to the
     * connections of this server's database, so other clients of the same MariaDB do not count.
     */
    private long medianStatements(java.util.function.Supplier<AgentClient.Reply> request) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            counts.add(server.database.statementsDuring(() -> assertEquals(200, request.get().status())));
        }
        Collections.sort(counts);
        return counts.get(counts.size() / 2);
    }

    /**
     * The real agent bundle with a temporary service-checks directory of real scripts, checking in with
     * {@code --once}: state and metrics arrive, a state change lands in the history, a hanging script is an
     * UNKNOWN service, and a script that is removed makes its service stale.
     */
    @Test
    void theRealAgentRunsLocalChecksThroughToTheServer() throws Exception {
        Path checks = Files.createDirectories(dir.resolve("service-checks"));
        Path state = dir.resolve("state.txt");
        Files.writeString(state, "0");
        script(checks.resolve("disk.sh"), "echo '0 \"Disk root\" used=42;80;90 42% used'");
        script(checks.resolve("state.sh"), "echo \"$(cat " + state + ") Backup - last backup report\"");
        script(checks.resolve("hangs.sh"), "sleep 30");
        script(checks.resolve("300/cached.sh"), "echo 'P Temperature temp=45;40;50 from the sensor'");
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nagent-key = " + SharedServer.REGISTRATION_KEY + "\nquery-interval = 60\n"
                + "timestamp-file = " + dir.resolve("oco-agent.timestamp") + "\n"
                + "[server]\napi-url = " + server.url().resolve("/api-agent.php") + "\n"
                + "[service-checks]\ndirectory = " + checks + "\ntimeout = 2\n");
        long id = createComputer(localHostname());

        String firstRun = runAgentOnce(ini);
        Map<String, Map<String, Object>> stored = services(id);
        assertEquals(java.util.Set.of("Backup", "Disk root", "Temperature", "local check hangs.sh"), stored.keySet(),
                "agent output:\n" + firstRun);
        assertEquals(0, stored.get("Disk root").get("status"));
        assertEquals("used=42;80;90", stored.get("Disk root").get("metrics"));
        assertEquals("42% used", stored.get("Disk root").get("details"));
        assertEquals("WARN", stored.get("Temperature").get("status_text"));
        assertEquals("UNKNOWN", stored.get("local check hangs.sh").get("status_text"));
        assertEquals("did not finish within 2 s; stopped", stored.get("local check hangs.sh").get("details"));
        assertEquals("OK", stored.get("Backup").get("status_text"));

        Files.writeString(state, "2");
        Files.delete(checks.resolve("disk.sh"));
        runAgentOnce(ini);
        assertEquals(List.of(2, 0), history(id, "Backup").stream().map(h -> h.get("status")).toList());
        assertEquals(1, history(id, "Disk root").size());

        api.data("oco.setting.set", Map.of("key", STALE_AFTER, "value", "2"));
        try {
            Map<String, Object> disk = awaitStale(id, "Disk root", Duration.ofSeconds(30));
            assertEquals(true, disk.get("stale"));
            assertTrue(server.output().contains("are now stale"), "the job says what it did");
        } finally {
            api.data("oco.setting.set", Map.of("key", STALE_AFTER, "value", "300"));
        }
    }

    private Map<String, Object> awaitStale(long id, String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> service = services(id).get(name);
        while (!Boolean.TRUE.equals(service.get("stale")) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            service = services(id).get(name);
        }
        return service;
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The host name the agent reports: the kernel's, without the domain (SPEC 1.3). */
    private static String localHostname() throws IOException {
        String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).trim();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String runAgentOnce(Path ini) throws IOException, InterruptedException {
        Path agentHome = Path.of(System.getProperty("oco.server.home", "target/oco-server")).resolveSibling("oco-agent");
        Process agent = new ProcessBuilder(agentHome.resolve("bin/oco-agent").toString(), "--once", "--config", ini.toString())
                .redirectErrorStream(true).start();
        String output;
        try {
            output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(agent.waitFor(120, TimeUnit.SECONDS), "agent still running");
        } finally {
            agent.destroyForcibly();
        }
        assertEquals(0, agent.exitValue(), "agent --once failed:\n" + output);
        return output;
    }
}
