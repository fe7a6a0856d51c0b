package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server started with {@code OCO_AGENT_REGISTRATION_KEY=""} (explicitly empty, on the embedded database):
 * it warns, lets pre-registered computers register without a key, and still refuses self-registration. Its
 * own server also hosts the login-throttling test, which must not slow down the shared suite, and — being fresh —
 * the first calls of many methods at once.
 */
class EmptyRegistrationKeyIT {

    private static final String API_KEY = "empty-reg-key-suite-api-key-0123456789";
    private static ServerProcess server;
    private static ClientApi api;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.start(Map.of("OCO_AGENT_REGISTRATION_KEY", "", "OCO_SELF_REGISTRATION", "true",
                "OCO_ADMIN_PASSWORD", "secret-1", "OCO_CLIENT_API_KEY", API_KEY)).awaitReady(Duration.ofSeconds(120));
        api = new ClientApi(server.url(), "admin", "secret-1", API_KEY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void firstCallsOfManyMethodsAtOnceAreAllAnswered() throws Exception {
        // each method's first call creates its metrics; Payara's registry once failed such creations at the same
        // moment (ConcurrentModificationException, a 500)
        // read-only methods, each once as asked for and once with an id it must refuse: two outcomes, two series
        List<String> methods = List.of("oco.event.list", "oco.event_rule.list", "oco.service.list",
                "oco.service.summary", "oco.wol_satellite.list", "oco.software.list", "oco.report.list",
                "oco.setting.list", "oco.audit.list", "oco.role.list", "oco.admin.list", "oco.token.list",
                "oco.plugin.list", "oco.password_rule.list", "oco.computer_command.list", "oco.permission.list");
        ExecutorService callers = Executors.newFixedThreadPool(methods.size() * 2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ClientApi.Reply>> replies = new ArrayList<>();
            for (Map<String, Object> data : List.<Map<String, Object>>of(Map.of(), Map.of("id", "not-an-id"))) {
                for (String method : methods) {
                    replies.add(callers.submit(() -> {
                        start.await();
                        return api.call(method, data);
                    }));
                }
            }
            start.countDown();
            for (Future<ClientApi.Reply> future : replies) {
                ClientApi.Reply reply = future.get();
                assertEquals(200, reply.status(), () -> reply.body() + "\nserver log:\n" + server.output());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void startUpWarnsAboutTheEmptyKey() {
        assertTrue(server.output().contains("WARNING: the agent registration key is empty"), server.output());
    }

    @Test
    void preRegisteredComputerRegistersWithTheEmptyKey() {
        api.data("oco.computer.create", Map.of("hostname", "pre-empty"));
        AgentClient agent = new AgentClient(server.url(), "pre-empty", "");

        AgentClient.Reply hello = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));

        assertEquals(200, hello.status(), hello.body());
        String key = (String) hello.params().get("agent-key");
        assertNotNull(key);
        assertTrue(key.length() >= 30);
    }

    @Test
    void selfRegistrationIsRefusedWithAnEmptyKeyEvenWhenEnabled() {
        AgentClient agent = new AgentClient(server.url(), "self-empty", "");

        AgentClient.Reply hello = agent.call("oco.agent.hello", Map.of("agent_version", "1.2.0"));

        assertEquals(401, hello.status(), hello.body());
        assertTrue(hello.errorMessage().contains("self-registration"), hello.body());
    }

    @Test
    void repeatedFailedLoginsAreThrottledPerAddress() throws InterruptedException {
        ClientApi wrong = new ClientApi(server.url(), "admin", "wrong", API_KEY);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, wrong.call("oco.info", Map.of()).status(), "the first failures are answered normally");
        }
        assertEquals(401, wrong.call("oco.info", Map.of()).status());

        ClientApi.Reply throttled = api.call("oco.info", Map.of());
        assertEquals(429, throttled.status(), "even the right password waits after repeated failures");

        Thread.sleep(1_100);
        assertEquals(200, api.call("oco.info", Map.of()).status(), "after the wait the right password works");
    }
}
