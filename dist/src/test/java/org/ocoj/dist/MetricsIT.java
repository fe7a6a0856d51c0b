package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21: {@code /metrics?scope=application} serves the Prometheus text format (parsed strictly,
 * {@link PrometheusText}; Payara's unscoped {@code /metrics} repeats its base and vendor series, see
 * docs/operations.md) and its counters move with requests by exactly what was sent: agent requests by method and outcome, the hello fast
 * path, group-commit batches, client API calls by method and outcome, scheduled job runs; the gauges are there.
 * The database pool's gauges follow real requests that hold connections ({@code oco.probe.hold_connection} of the
 * test plugin), also when the pool runs dry and when the database drops the connections.
 */
@ExtendWith(SharedServer.class)
class MetricsIT {

    // HTTP/1.1 as Prometheus asks: Payara leaves out the Content-Type when the client offers an upgrade to h2c
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String HELLO = "oco.agent.hello";
    /** What Prometheus 2.x sends when it scrapes. */
    private static final String PROMETHEUS_ACCEPT =
            "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,"
                    + "text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    /** Threads for requests that hold connections: daemons, so none keeps the test JVM alive. */
    private static final Executor THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "metrics-it-hold");
        thread.setDaemon(true);
        return thread;
    });
    private static final String USED = "used";
    private static final String IDLE = "idle";

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void countsAgentRequestsByMethodAndOutcomeAndTheFastPath() throws Exception {
        ClientApi api = server.clientApi();
        api.data("oco.computer.create", Map.of("hostname", "metrics-pc"));
        AgentClient agent = server.agent("metrics-pc");
        Map<String, PrometheusText.Sample> before = scrape();

        int hellos = 5;
        for (int i = 0; i < hellos; i++) {
            assertEquals(200, agent.call(HELLO, Captures.data("oco-agent-hello.json")).status());
        }
        // now, not at the end: the refused and the invalid request below take the full path, which forgets it
        assertTrue(value(scrape(), "oco_agent_cache_computers") >= 1, "metrics-pc is remembered");
        AgentClient stranger = new AgentClient(server.url(), "metrics-pc", "not-the-key-0123456789abcdef0123");
        assertEquals(401, stranger.call(HELLO, Map.of()).status());
        assertEquals(400, agent.call("oco.agent.no-such-method", Map.of()).status());

        Map<String, PrometheusText.Sample> after = scrape();
        assertEquals(hellos, delta(before, after, "oco_agent_requests_seconds_count", "method", HELLO, "outcome", "ok"));
        assertEquals(1, delta(before, after, "oco_agent_requests_seconds_count", "method", HELLO, "outcome", "refused"));
        assertEquals(1, delta(before, after, "oco_agent_requests_seconds_count", "method", "other", "outcome",
                "invalid"), "an unknown method is counted, but not under its own name");
        double fast = delta(before, after, "oco_agent_hello_total", "path", "fast");
        double full = delta(before, after, "oco_agent_hello_total", "path", "full");
        assertEquals(hellos + 1, fast + full, "every hello took one of the two paths");
        assertTrue(fast >= hellos - 2, "after the first contact and the key confirmation, hellos take the fast path: "
                + fast);
        assertEquals(fast, delta(before, after, "oco_group_commit_batch_size_count"),
                "one batch per fast hello: they came one after another");
        assertEquals(fast, delta(before, after, "oco_group_commit_batch_size_sum"), "each batch of one write");
        assertTrue(value(after, "oco_agent_requests_seconds_sum", "method", HELLO, "outcome", "ok") > 0);
    }

    @Test
    void countsClientApiCallsByMethodAndOutcome() throws Exception {
        ClientApi api = server.clientApi();
        Map<String, PrometheusText.Sample> before = scrape();
        api.data("oco.computer.list", Map.of());
        api.data("oco.computer.list", Map.of());
        assertEquals(-32001, api.call("oco.computer.get", Map.of("id", "not a number")).errorCode());
        assertEquals(-32001, api.call("oco.no.such.method", Map.of()).errorCode());
        Map<String, PrometheusText.Sample> after = scrape();
        assertEquals(2, delta(before, after, "oco_client_requests_seconds_count", "method", "oco.computer.list",
                "outcome", "ok"));
        assertEquals(1, delta(before, after, "oco_client_requests_seconds_count", "method", "oco.computer.get",
                "outcome", "invalid"));
        assertEquals(1, delta(before, after, "oco_client_requests_seconds_count", "method", "other",
                "outcome", "invalid"));
    }

    @Test
    void servesGaugesAndCountsScheduledJobs() throws Exception {
        Map<String, PrometheusText.Sample> before = scrape();
        Thread.sleep(2500); // the test plugin's job runs every second
        Map<String, PrometheusText.Sample> after = scrape();
        assertTrue(delta(before, after, "oco_scheduled_job_runs_total", "plugin", "test-probe", "job", "tick",
                "outcome", "ok") >= 1, "the job ran and was counted");
        assertTrue(value(after, "oco_requests_in_flight") >= 0);
        long computers = server.database.count("SELECT COUNT(*) FROM computer");
        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, PrometheusText.Sample> counted = scrape();
        while (value(counted, "oco_computers") != computers && System.currentTimeMillis() < deadline) {
            Thread.sleep(500); // counted in the background every 10 s while someone scrapes
            counted = scrape();
        }
        assertEquals(computers, value(counted, "oco_computers"));
        assertTrue(value(counted, "oco_computers_online") >= 0);
        Map<String, PrometheusText.Sample> base = scrape("base");
        for (String jvm : List.of("memory_usedHeap_bytes", "thread_count")) {
            assertTrue(value(base, jvm) > 0, "Payara's base metrics are served too: " + jvm);
        }
    }

    @Test
    void poolConnectionsInUseFollowRequestsThatHoldThem() throws Exception {
        Map<String, PrometheusText.Sample> before = scrape();
        assertEquals(64, value(before, "oco_db_pool_connections_max"));
        List<CompletableFuture<ClientApi.Reply>> holding = hold(6, 3000);
        Map<String, PrometheusText.Sample> busy = awaitScrape(s -> connections(s, USED) >= 6, "6 connections used");
        assertConsistent(busy);
        for (CompletableFuture<ClientApi.Reply> reply : holding) {
            assertAnswered(reply.get());
        }
        Map<String, PrometheusText.Sample> after = awaitScrape(s -> connections(s, USED) == 0, "all returned");
        assertTrue(connections(after, IDLE) >= 6, "the connections went back to the pool, idle");
        assertTrue(delta(before, after, "oco_db_pool_wait_seconds_count") >= 6, "each hand-out is counted");
        assertEquals(0, delta(before, after, "oco_db_pool_timeouts_total"));
    }

    @Test
    void requestsThatFindThePoolEmptyWaitAndAreCounted() throws Exception {
        Map<String, PrometheusText.Sample> before = scrape();
        int max = (int) value(before, "oco_db_pool_connections_max");
        int requests = max + 4;
        double waitedMost = 0;
        List<CompletableFuture<ClientApi.Reply>> holding = hold(requests, 2500);
        Map<String, PrometheusText.Sample> dry = awaitScrape(s -> connections(s, USED) == max
                && value(s, "oco_db_pool_waiting_requests") > 0, "the pool used up, requests waiting");
        assertConsistent(dry);
        for (CompletableFuture<ClientApi.Reply> reply : holding) {
            assertAnswered(reply.get());
        }
        Map<String, PrometheusText.Sample> after = awaitScrape(s -> connections(s, USED) == 0, "all returned");
        assertConsistent(after);
        assertEquals(0, value(after, "oco_db_pool_waiting_requests"));
        assertTrue(delta(before, after, "oco_db_pool_wait_seconds_count") >= requests);
        assertTrue(delta(before, after, "oco_db_pool_wait_seconds_sum") >= 1.0, "some requests waited for one of "
                + "the first ones to finish (2.5 s)");
        assertTrue(value(after, "oco_db_pool_wait_seconds_max") >= 1.0);
        assertEquals(0, delta(before, after, "oco_db_pool_timeouts_total"), "waited less than OCO_DB_POOL_WAIT_MILLIS");
    }

    @Test
    void connectionsTheDatabaseDropsAreNotCountedAsUsed() throws Exception {
        List<CompletableFuture<ClientApi.Reply>> holding = hold(4, 30_000);
        awaitScrape(s -> connections(s, USED) >= 4, "4 connections used");
        String sleeping = "SELECT id FROM information_schema.processlist WHERE db = ? AND info LIKE 'SELECT SLEEP(%'";
        long deadline = System.currentTimeMillis() + 10_000;
        while (server.database.count("SELECT COUNT(*) FROM (" + sleeping + ") s", server.database.name) < 4) {
            assertTrue(System.currentTimeMillis() < deadline, "4 connections sleeping in the database");
            Thread.sleep(50);
        }
        List<Long> ids = new ArrayList<>();
        for (String id : server.database.string("SELECT GROUP_CONCAT(id) FROM (" + sleeping + ") s",
                server.database.name).split(",")) {
            ids.add(Long.parseLong(id));
        }
        for (long id : ids) {
            server.database.update("KILL " + id); // as a database restart or a network cut would
        }
        for (CompletableFuture<ClientApi.Reply> reply : holding) {
            assertTrue(!reply.get().body().contains("\"held\""), "a request whose connection was dropped "
                    + "fails: " + reply.get().body());
        }
        Map<String, PrometheusText.Sample> after = awaitScrape(s -> connections(s, USED) == 0,
                "the dropped connections are no longer used");
        assertConsistent(after);
        ClientApi api = server.clientApi();
        api.data("oco.computer.list", Map.of()); // the pool serves again
        assertConsistent(scrape());
    }

    private void assertAnswered(ClientApi.Reply reply) {
        String log = server.output();
        assertEquals(200, reply.status(), () -> reply.body() + "\nserver log:\n"
                + log.substring(Math.max(0, log.length() - 6000)));
    }

    /** {@code count} concurrent client API requests that each hold a connection for {@code millis}. */
    private List<CompletableFuture<ClientApi.Reply>> hold(int count, long millis) {
        ClientApi api = server.clientApi();
        List<CompletableFuture<ClientApi.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(CompletableFuture.supplyAsync(() -> api.call("oco.probe.hold_connection",
                    Map.of("millis", millis)), THREADS));
        }
        return replies;
    }

    private Map<String, PrometheusText.Sample> awaitScrape(Predicate<Map<String, PrometheusText.Sample>> condition,
                                                           String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        Map<String, PrometheusText.Sample> samples = scrape();
        while (!condition.test(samples)) {
            assertTrue(System.currentTimeMillis() < deadline, "not within 15 s: " + what + "; used "
                    + connections(samples, USED) + ", idle " + connections(samples, IDLE) + ", waiting "
                    + value(samples, "oco_db_pool_waiting_requests"));
            Thread.sleep(50);
            samples = scrape();
        }
        return samples;
    }

    /** The pool never has more connections than its maximum, nor a negative count. */
    private static void assertConsistent(Map<String, PrometheusText.Sample> samples) {
        double used = connections(samples, USED);
        double idle = connections(samples, IDLE);
        assertTrue(used >= 0 && idle >= 0 && used + idle <= value(samples, "oco_db_pool_connections_max"),
                "used " + used + ", idle " + idle);
    }

    private static double connections(Map<String, PrometheusText.Sample> samples, String state) {
        return value(samples, "oco_db_pool_connections", "state", state);
    }

    /** OCO-J's own metrics, as the documented scrape config asks for them (docs/operations.md). */
    private Map<String, PrometheusText.Sample> scrape() throws Exception {
        return scrape("application");
    }

    private Map<String, PrometheusText.Sample> scrape(String scope) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/metrics?scope=" + scope))
                .header("Accept", PROMETHEUS_ACCEPT).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/plain") || type.startsWith("application/openmetrics-text"), type);
        return PrometheusText.parse(response.body());
    }

    /** The one series of {@code name} whose labels include {@code labels} (name, value, …); 0 if there is none. */
    private static double value(Map<String, PrometheusText.Sample> samples, String name, String... labels) {
        assertTrue(samples.values().stream().anyMatch(s -> s.name().equals(name)), () -> "no series " + name + " in "
                + samples.values().stream().map(PrometheusText.Sample::name).filter(n -> n.startsWith("oco_"))
                .distinct().toList());
        List<PrometheusText.Sample> matching = samples.values().stream()
                .filter(s -> s.name().equals(name) && includes(s.labels(), labels)).toList();
        assertTrue(matching.size() <= 1, "one series expected: " + matching);
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    /** How much a series grew; it need not exist before (a series appears with its first use). */
    private static double delta(Map<String, PrometheusText.Sample> before, Map<String, PrometheusText.Sample> after,
                                String name, String... labels) {
        double was = before.values().stream().anyMatch(s -> s.name().equals(name)) ? value(before, name, labels) : 0;
        return value(after, name, labels) - was;
    }

    private static boolean includes(Map<String, String> have, String... labels) {
        for (int i = 0; i < labels.length; i += 2) {
            if (!labels[i + 1].equals(have.get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
