package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * A bad day for the database: the server bundle runs on a MariaDB of the test's own, which is frozen (SIGSTOP)
 * and later stopped. Requests must fail within the configured timeouts instead of hanging, {@code /health/ready}
 * must say so, and everything must work again once the database is back — without restarting the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BadDayIT {

    private static final String DATABASE = "ocoj_badday";
    /** The timeouts the server gets (1 s connect, 2 s socket, 2 s pool): a failure must come well before this. */
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    private static final int HELLOS = 10;

    private static SeparateMariaDb database;
    private static ServerProcess server;
    private static ClientApi api;
    private static AgentClient agent;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        database = SeparateMariaDb.start(DATABASE);
        server = ServerProcess.start(Map.of("OCO_DB_URL", database.jdbcUrl(DATABASE), "OCO_DB_USER", "root",
                "OCO_DB_PASSWORD", "", "OCO_ADMIN_PASSWORD", SharedServer.ADMIN_PASSWORD,
                "OCO_CLIENT_API_KEY", SharedServer.API_KEY, "OCO_AGENT_REGISTRATION_KEY", SharedServer.REGISTRATION_KEY,
                "OCO_DB_CONNECT_TIMEOUT_MILLIS", "1000", "OCO_DB_SOCKET_TIMEOUT_MILLIS", "2000",
                "OCO_DB_POOL_WAIT_MILLIS", "2000"));
        server.awaitReady(Duration.ofSeconds(120));
        api = new ClientApi(server.url(), "admin", SharedServer.ADMIN_PASSWORD, SharedServer.API_KEY);
        api.data("oco.computer.create", Map.of("hostname", "badday-pc"));
        agent = new AgentClient(server.url(), "badday-pc", SharedServer.REGISTRATION_KEY);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aFrozenDatabaseFailsRequestsWithinTheTimeoutsAsJson503AndReadinessSaysSo() throws Exception {
        assertEquals(200, get("/health/ready").statusCode());
        int logBefore = server.output().length();
        database.freeze();
        try {
            assertJson503("client API", () -> {
                ClientApi.Reply reply = api.call("oco.computer.list", Map.of());
                return new Answer(reply.status(), reply.body());
            });
            assertJson503("UI login", () -> {
                HttpResponse<String> reply = post("/ui-session/login",
                        "{\"username\":\"admin\",\"password\":\"" + SharedServer.ADMIN_PASSWORD + "\"}");
                return new Answer(reply.statusCode(), reply.body());
            });
            for (int i = 0; i < HELLOS; i++) {
                Answer hello = assertFailsInTime("agent hello", () -> {
                    AgentClient.Reply reply = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
                    return new Answer(reply.status(), reply.body());
                });
                assertEquals(503, hello.status(), hello.body());
                String message = Json.at(Json.object(hello.body()), "error", "message");
                assertTrue(message.startsWith("The database is unavailable"), hello.body());
            }
            HttpResponse<String> ready = assertNotReadyWithin(Duration.ofSeconds(5));
            assertTrue(ready.body().contains("\"DOWN\""), ready.body());
            assertEquals(200, get("/health/live").statusCode(), "the process itself is alive");
        } finally {
            database.thaw();
        }
        assertLoggedOneLinePerFailure(server.output().substring(logBefore));
        assertRecovers();
    }

    /** Each failed request is one line in words; stack traces only once per cause, not per request. */
    private static void assertLoggedOneLinePerFailure(String log) {
        List<String> lines = log.lines().toList();
        long agentFailures = lines.stream().filter(l -> l.contains("AgentServlet: Agent request from")
                && l.contains("failed: the database is unavailable")).count();
        assertEquals(HELLOS, agentFailures, "one line per failed agent request:\n" + log);
        long stackTraces = lines.stream().filter(l -> l.contains("(stack trace shown once a minute per cause)")).count();
        long frames = lines.stream().filter(l -> l.startsWith("\tat ")).count();
        assertTrue(stackTraces <= 6, stackTraces + " stack traces for " + (HELLOS + 2) + " failures:\n" + log);
        assertTrue(frames <= stackTraces * 400, frames + " stack frames logged, more than the " + stackTraces
                + " announced stack traces have:\n" + log);
    }

    @Test
    @Order(2)
    void aStoppedDatabaseFailsRequestsAndTheServerRecoversWhenItIsBack() throws Exception {
        database.stop();
        try {
            assertJson503("client API", () -> {
                ClientApi.Reply reply = api.call("oco.computer.list", Map.of());
                return new Answer(reply.status(), reply.body());
            });
            assertNotReadyWithin(Duration.ofSeconds(5)); // the last "ready" may be cached for a second
        } finally {
            database.start();
        }
        assertRecovers();
    }

    /** Readiness, the client API and the agent all work again, within {@link #RECOVERY}, without a restart. */
    private static void assertRecovers() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (get("/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "not ready again within " + RECOVERY);
            Thread.sleep(200);
        }
        assertEquals(200, api.call("oco.computer.list", Map.of()).status());
        AgentClient.Reply hello = agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json"));
        assertEquals(200, hello.status(), hello.body());
    }

    private static HttpResponse<String> assertNotReadyWithin(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            HttpResponse<String> ready = get("/health/ready");
            if (ready.statusCode() == 503) {
                return ready;
            }
            assertTrue(System.nanoTime() < deadline, "still ready after " + limit + ": " + ready.body());
            Thread.sleep(200);
        }
    }

    /** A status and body, whichever client got it. */
    private record Answer(int status, String body) {
    }

    private static void assertJson503(String what, Supplier<Answer> request) {
        Answer answer = assertFailsInTime(what, request);
        assertEquals(503, answer.status(), what + ": " + answer.body());
        assertTrue(Json.object(answer.body()).get("error").toString().startsWith("The database is unavailable"),
                what + ": " + answer.body());
    }

    private static Answer assertFailsInTime(String what, Supplier<Answer> request) {
        long start = System.nanoTime();
        Answer answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(answer.status() >= 500, what + " answered " + answer.status() + " with the database down");
        assertTrue(took.compareTo(BOUND) < 0, what + " took " + took + " to fail: the timeouts did not apply");
        return answer;
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.url().resolve(path)).GET());
    }

    private static HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(server.url().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
