package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ocoj.tools.loadgen.crash.NodeLoss;

/**
 * Two server nodes in cluster mode (Payara Micro's data grid, static member list) on one MariaDB database, behind
 * HAProxy with the bundle's {@code conf/haproxy.cfg.example} (round robin, health checks on {@code /health/ready}):
 * what docs/cluster.md promises. Both nodes boot once for the class, at the same time; the last test restarts one
 * (a rolling upgrade) and then kills the other under one load.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String REGISTRATION_KEY = "cluster-registration-key-0123456789";
    private static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final String API_KEY = "cluster-client-api-key-0123456789abcdef";
    private static final String AGENT_API = "/api-agent.php";

    private static TestDatabase database;
    private static ServerProcess nodeA;
    private static ServerProcess nodeB;
    private static HaProxy proxy;
    /** Node A's environment, to start it again (same port, data directory and plugins folder). */
    private static Map<String, String> environmentA;
    /** The test probe's job ticks and when they were counted, once both nodes ran (see the job's test). */
    private static long ticksAtStart;
    private static long ticksCountedAt;

    @BeforeAll
    static void startTwoNodesAndTheBalancer() throws Exception {
        database = TestDatabase.create("ocoj_cluster");
        int gridA = ServerProcess.freePort();
        int gridB = ServerProcess.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("OCO_DB_URL", "jdbc:mariadb://127.0.0.1:3306/" + database.name);
        env.put("OCO_DB_USER", "root");
        env.put("OCO_DB_PASSWORD", "");
        env.put("OCO_AGENT_REGISTRATION_KEY", REGISTRATION_KEY);
        env.put("OCO_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("OCO_CLIENT_API_KEY", API_KEY);
        env.put("OCO_SELF_REGISTRATION", "true");
        env.put("OCO_TRUSTED_PROXIES", "127.0.0.1");
        // C1 only and the serial collector: the nodes boot with less CPU on a small CI machine (the JIT's second
        // tier and parallel GC threads compete with the other node's boot); nothing here measures speed
        env.put("OCO_JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        env.put("OCO_CLUSTER_MEMBERS", "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB);
        env.put("OCO_CLUSTER_INTERFACES", "127.0.0.1");
        // a name of its own: never joins another test's cluster on this machine
        env.put("OCO_CLUSTER_NAME", "oco-it-" + UUID.randomUUID().toString().substring(0, 8));
        // both at once, on an empty database: one prepares it (migrations, first admin), the other waits
        environmentA = new HashMap<>(env);
        environmentA.put("OCO_CLUSTER_PORT", String.valueOf(gridA));
        environmentA.put("OCO_PLUGINS_DIR", pluginsFolder().toString());
        nodeA = ServerProcess.start(environmentA);
        environmentA.put("OCO_HTTP_PORT", String.valueOf(nodeA.port));
        environmentA.put("OCO_DATA_DIR", nodeA.dataDir.toString());
        env.put("OCO_CLUSTER_PORT", String.valueOf(gridB));
        env.put("OCO_PLUGINS_DIR", pluginsFolder().toString());
        nodeB = ServerProcess.start(env);
        nodeA.awaitReady(Duration.ofMinutes(4));
        nodeB.awaitReady(Duration.ofMinutes(4));
        proxy = HaProxy.start(List.of(nodeA.url(), nodeB.url()));
        ticksAtStart = database.count("SELECT COUNT(*) FROM probe_tick");
        ticksCountedAt = System.nanoTime();
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable closeable : new AutoCloseable[] {proxy, nodeA, nodeB, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("ClusterIT: stopping " + closeable + ": " + e);
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesFormOneClusterOnTheDataGrid() {
        for (ServerProcess node : List.of(nodeA, nodeB)) {
            assertTrue(node.output().contains("OCO-J: cluster oco-it-") && node.output().contains(" 2 node(s): "),
                    node.output());
        }
    }

    @Test
    @Order(2)
    void upstreamAgentAlternatesBetweenNodesWithKeysAndTimestampsHonouredByBoth() {
        AgentClient agent = new AgentClient(proxy.url(), "cluster-upstream-1", REGISTRATION_KEY);
        int mark = proxy.mark();

        // registration on one node, its key used on the other at once; AgentClient checks every answer's signature
        // with the issued server key and that the server's timestamps only grow, whichever node answered
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        }
        assertEquals(200, agent.call("oco.agent.passwords", Captures.data("oco-agent-passwords.json")).status());

        Map<String, Integer> served = proxy.servedBy(mark, AGENT_API, 7);
        assertEquals(7, served.values().stream().mapToInt(Integer::intValue).sum(), proxy.log());
        assertTrue(served.getOrDefault("node1", 0) >= 3 && served.getOrDefault("node2", 0) >= 3,
                "round robin: both nodes served the agent " + served);
    }

    @Test
    @Order(3)
    void adminChangesThroughOneNodeReachAgentsThatTheOtherNodeRemembers() {
        AgentClient agent = new AgentClient(proxy.url(), "cluster-upstream-2", REGISTRATION_KEY);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());
        for (int i = 0; i < 4; i++) { // both nodes now remember the computer for their hello fast path
            assertEquals(0, heartbeat(agent).params().get("update"));
        }
        long id = computerId(nodeA, agent.hostname);

        api(nodeA).data("oco.computer.force_update", Map.of("id", id));
        int mark = proxy.mark();
        // answered by node B too, whose memory of the computer still says "no update": the heartbeat's conditional
        // write sees the changed row and the hello takes the full path
        assertEquals(1, heartbeat(agent).params().get("update"));
        assertEquals(1, heartbeat(agent).params().get("update"));
        assertEquals(2, proxy.servedBy(mark, AGENT_API, 2).size(), proxy.log());

        api(nodeB).data("oco.computer.remove", Map.of("id", id, "force", true));
        for (int i = 0; i < 2; i++) {
            assertNotEquals(200, heartbeat(agent).status(), "a computer removed through node B is gone on node A too");
        }
    }

    /** A heartbeat-only hello, as the upstream agent sends between inventories. */
    private static AgentClient.Reply heartbeat(AgentClient agent) {
        return agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));
    }

    @Test
    @Order(4)
    void pluginDisabledOnOneNodeStopsOnTheOtherWithinTwoSeconds() throws InterruptedException {
        api(nodeA).data("oco.plugin.disable", Map.of("id", "self-registration"));
        try {
            long disabled = System.nanoTime();
            boolean refusedOnB = within(Duration.ofSeconds(2), () -> new AgentClient(nodeB.url(), "cluster-self-"
                    + UUID.randomUUID().toString().substring(0, 8), REGISTRATION_KEY)
                    .call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status() != 200);
            assertTrue(refusedOnB, "node B still registers new agents 2 s after node A disabled self-registration");
            System.out.printf("ClusterIT: plugin disabled on A, refused on B after %d ms%n",
                    (System.nanoTime() - disabled) / 1_000_000);
        } finally {
            api(nodeB).data("oco.plugin.enable", Map.of("id", "self-registration"));
        }
        assertTrue(within(Duration.ofSeconds(2), () -> new AgentClient(nodeA.url(), "cluster-self-"
                        + UUID.randomUUID().toString().substring(0, 8), REGISTRATION_KEY)
                        .call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status() == 200),
                "enabled again on node B, registering on node A within 2 s");

        String interval = String.valueOf(3600 + (int) (Math.random() * 1000));
        api(nodeA).data("oco.setting.set", Map.of("key", "agent.update-interval", "value", interval));
        assertTrue(within(Duration.ofSeconds(2), () -> interval.equals(setting(nodeB, "agent.update-interval"))),
                "a setting stored through node A is in effect on node B within 2 s");
    }

    @Test
    @Order(5)
    void ocoJAgentKeepsWorkingThroughTheBalancer() throws Exception {
        Path dir = Files.createTempDirectory("oco-agent-cluster-it");
        Path ini = dir.resolve("oco-agent.ini");
        Files.writeString(ini, "[agent]\nquery-interval = 60\nagent-key = " + REGISTRATION_KEY + "\ntimestamp-file = "
                + dir.resolve("oco-agent.timestamp") + "\n\n[server]\napi-url = " + proxy.url().resolve(AGENT_API)
                + "\nserver-key = \n");
        int mark = proxy.mark();
        for (int run = 0; run < 2; run++) { // the second run with the key the first one was issued
            Process agent = new ProcessBuilder(Path.of(System.getProperty("oco.agent.home", "target/oco-agent"))
                    .resolve("bin/oco-agent").toString(), "--config", ini.toString(), "--once")
                    .redirectErrorStream(true).start();
            String output = new String(agent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(agent.waitFor(5, TimeUnit.MINUTES), output);
            assertEquals(0, agent.exitValue(), "oco-agent --once through HAProxy: " + output);
        }
        Map<String, Integer> served = proxy.servedBy(mark, AGENT_API);
        assertEquals(2, served.size(), "the OCO-J agent's requests went to both nodes: " + served);
        assertTrue(Files.readString(ini).matches("(?s).*agent-key = [0-9a-z]{30,}.*"), "issued agent key stored");
    }

    @Test
    @Order(6)
    void scheduledJobRunsOncePerIntervalInTheWholeCluster() throws InterruptedException {
        // the test probe's job ticks every second on whichever node wins the lease; two nodes each running it
        // would write about twice as many rows. Counted since both nodes ran (the tests before took that long).
        long wait = Duration.ofSeconds(6).toNanos() - (System.nanoTime() - ticksCountedAt);
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
        }
        double seconds = (System.nanoTime() - ticksCountedAt) / 1e9;
        long ticks = database.count("SELECT COUNT(*) FROM probe_tick") - ticksAtStart;
        assertTrue(ticks >= seconds / 2 && ticks <= seconds * 4 / 3 + 1, ticks + " ticks in "
                + Math.round(seconds) + " s");
    }

    /**
     * One load through HAProxy for both: a rolling upgrade of node A (SIGTERM, a test probe with an adding migration,
     * start), then {@code kill -9} of node B, which has served all along; node A, upgraded, carries on alone.
     */
    @Test
    @Order(7)
    void rollingUpgradeThenANodeKilledUnderLoadLosesNothingAnsweredAndUiSessionsLiveOn() throws Exception {
        UiSession session = UiSession.login(nodeB.url(), "admin", ADMIN_PASSWORD);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        NodeLoss scenario = new NodeLoss(proxy.url(), REGISTRATION_KEY, loadgenApi(), 24, 4, Duration.ofSeconds(3),
                Duration.ofSeconds(5), 7, new PrintStream(output, true, StandardCharsets.UTF_8));

        NodeLoss.Report report = scenario.run(List.<Runnable>of(ClusterIT::upgradeNodeA, () -> {
            try {
                nodeB.kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));

        System.out.println("ClusterIT: rolling upgrade, then kill -9: " + report.summary());
        String log = output.toString(StandardCharsets.UTF_8) + "\n" + nodeA.output() + "\n" + proxy.log();
        assertTrue(report.ok(), log);
        assertEquals(0, report.lost(), log);
        assertTrue(report.acknowledgedDuring().get(0) > 0, "served while node A was upgraded: " + log);
        assertTrue(report.acknowledgedAfterKill() > 20, "agents went on through node A after B's death: " + log);
        assertTrue(report.inventoriesChecked() > 0, log);
        assertEquals(1, database.count("SELECT COUNT(*) FROM flyway_history_test_probe WHERE version = '900' "
                + "AND success = 1"), "the upgraded node applied its migration while node B served: " + nodeA.output());
        assertEquals(1, database.count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = 'probe_tick' AND column_name = 'note'", database.name), nodeA.output());
        assertTrue(nodeA.output().contains(" 2 node(s): "), "node A joined node B's grid again: " + nodeA.output());
        // the session was created through node B, which is gone: node A (directly and behind HAProxy) knows it
        for (URI url : List.of(nodeA.url(), proxy.url())) {
            assertEquals("admin", session.whoAmI(url), "UI session after node B's death, through " + url);
            assertEquals(200, session.clientApi(url, "oco.computer.list").statusCode());
        }
    }

    /**
     * Stops node A (SIGTERM: it drains), upgrades its test probe and starts it again; returns once HAProxy sends it
     * requests again, so that the next disruption finds a node to take over.
     */
    private static void upgradeNodeA() {
        try {
            assertEquals(0, nodeA.stop(Duration.ofMinutes(2)), nodeA.output());
            upgradeTestProbe(Path.of(environmentA.get("OCO_PLUGINS_DIR")));
            nodeA = ServerProcess.start(environmentA).awaitReady(Duration.ofMinutes(4));
            assertTrue(proxy.awaitServed("node1", AGENT_API, Duration.ofSeconds(30)),
                    "HAProxy sends to node A again once it is ready: " + proxy.log());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundle's plugins and the test probe, in a folder of the node's own (node A's is upgraded below). */
    private static Path pluginsFolder() throws IOException {
        Path plugins = Files.createTempDirectory("oco-it-cluster-plugins");
        try (Stream<Path> bundled = Files.list(ServerProcess.home().resolve("plugins"))) {
            for (Path jar : (Iterable<Path>) bundled::iterator) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        TestPluginJar.build(plugins.resolve("test-probe-1.0.0.jar"));
        return plugins;
    }

    /**
     * Version 1.0.1 of the test probe in place of 1.0.0: the same classes plus a migration that only adds (a
     * nullable column), like an upgrade of OCO-J between two releases.
     */
    private static void upgradeTestProbe(Path plugins) throws IOException {
        Path old = plugins.resolve("test-probe-1.0.0.jar");
        Path upgraded = plugins.resolve("test-probe-1.0.1.jar");
        Files.move(old, upgraded);
        try (FileSystem jar = FileSystems.newFileSystem(upgraded)) {
            Files.writeString(jar.getPath("db/migration/test-probe/V900__probe_tick_note.sql"),
                    "-- added in 1.0.1: nullable, so that 1.0.0 on the other nodes keeps inserting without it\n"
                            + "ALTER TABLE probe_tick ADD COLUMN note VARCHAR(40) NULL;\n");
            Path manifest = jar.getPath("META-INF/MANIFEST.MF");
            Files.writeString(manifest, Files.readString(manifest).replace("Plugin-Version: 1.0.0",
                    "Plugin-Version: 1.0.1"));
        }
    }

    private static org.ocoj.tools.loadgen.verify.ClientApi loadgenApi() {
        return new org.ocoj.tools.loadgen.verify.ClientApi(proxy.url(), "admin", ADMIN_PASSWORD, API_KEY);
    }

    private static ClientApi api(ServerProcess node) {
        return new ClientApi(node.url(), "admin", ADMIN_PASSWORD, API_KEY);
    }

    private static long computerId(ServerProcess node, String hostname) {
        List<Map<String, Object>> computers = Json.at(api(node).data("oco.computer.list", Map.of()), "computers");
        return ((Number) computers.stream().filter(c -> hostname.equalsIgnoreCase((String) c.get("hostname")))
                .findFirst().orElseThrow().get("id")).longValue();
    }

    private static String setting(ServerProcess node, String key) {
        List<Map<String, Object>> settings = api(node).data("oco.setting.list", Map.of());
        return settings.stream().filter(s -> key.equals(s.get("key"))).map(s -> String.valueOf(s.get("value")))
                .findFirst().orElseThrow();
    }

    /** Polls {@code condition} until it holds or {@code limit} has passed. */
    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return condition.getAsBoolean();
    }

    /** A web UI session as the browser holds it: the cookie and the CSRF token. */
    private record UiSession(String cookie, String csrf) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        static UiSession login(URI node, String username, String password) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/ui-session/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("username", username,
                            "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            return new UiSession(cookie, (String) Json.object(response.body()).get("csrf_token"));
        }

        String whoAmI(URI node) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/ui-session"))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return (String) Json.object(response.body()).get("username");
        }

        HttpResponse<String> clientApi(URI node, String method) throws IOException, InterruptedException {
            String body = Json.write(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params",
                    Map.of("data", Map.of())));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(node.resolve("/api-client.php"))
                    .header("Content-Type", "application/json").header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(!response.body().contains("\"error\""), response.body());
            return response;
        }
    }
}
