package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ocoj.tools.loadgen.protocol.PythonJson;

/**
 * Issue 21, a stop under load: SIGTERM to {@code bin/oco-server} while client API calls and an agent hello (its
 * body still arriving) are in flight. Readiness turns 503 at once, new requests get 503 with Retry-After (JSON),
 * every request in flight is answered, and the server exits 0. Its own server: the stop is the test.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DrainIT {

    private static final long SLOW_MILLIS = 4000;
    private static final int SLOW_CALLS = 3;

    @Test
    void answersEveryRequestInFlightThenExitsZero() throws Exception {
        Path plugins = Files.createTempDirectory("oco-drain-plugins");
        TestPluginJar.build(plugins.resolve("test-probe-1.0.0.jar")); // oco.probe.sleep
        try (TestDatabase database = TestDatabase.create("ocoj_drain");
             ServerProcess server = ServerProcess.start(Map.of("OCO_DB_URL",
                     "jdbc:mariadb://127.0.0.1:3306/" + database.name, "OCO_DB_USER", "root", "OCO_DB_PASSWORD", "",
                     "OCO_ADMIN_PASSWORD", SharedServer.ADMIN_PASSWORD, "OCO_CLIENT_API_KEY", SharedServer.API_KEY,
                     "OCO_AGENT_REGISTRATION_KEY", SharedServer.REGISTRATION_KEY, "OCO_PLUGINS_DIR", plugins.toString(),
                     "OCO_DRAIN_SECONDS", "30"))) {
            server.awaitReady(Duration.ofSeconds(120));
            ClientApi api = new ClientApi(server.url(), "admin", SharedServer.ADMIN_PASSWORD, SharedServer.API_KEY);
            api.data("oco.computer.create", Map.of("hostname", "drain-pc"));
            AgentClient agent = new AgentClient(server.url(), "drain-pc", SharedServer.REGISTRATION_KEY);
            assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());

            ExecutorService pool = Executors.newCachedThreadPool();
            try (EdgeProbe probe = new EdgeProbe(server.url())) {
                Map<String, Integer> real = probe.realStatuses();
                List<Future<ClientApi.Reply>> slow = new ArrayList<>();
                for (int i = 0; i < SLOW_CALLS; i++) {
                    slow.add(pool.submit(() -> api.call("oco.probe.sleep", Map.of("millis", SLOW_MILLIS))));
                }
                byte[] body = PythonJson.dumps(agent.envelope("oco.agent.hello", Captures.data("oco-agent-hello.json")))
                        .getBytes(StandardCharsets.UTF_8);
                try (Socket hello = new Socket("127.0.0.1", server.port)) {
                    OutputStream out = hello.getOutputStream();
                    out.write(("POST /api-agent.php HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nx-oco-agent-signature: "
                            + AgentClient.sign(agent.agentKey, body) + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    Thread.sleep(1000); // the slow calls are running, the hello's body half there

                    long signalled = System.currentTimeMillis();
                    server.terminate(); // SIGTERM, as systemd or an operator stops it
                    Thread.sleep(1000);
                    out.write(body, body.length / 2, body.length - body.length / 2);
                    out.flush();
                    String helloAnswer = readAll(hello.getInputStream());
                    assertTrue(helloAnswer.startsWith("HTTP/1.1 200"), "the hello in flight is answered: " + helloAnswer);

                    for (Future<ClientApi.Reply> call : slow) {
                        ClientApi.Reply reply = call.get(60, TimeUnit.SECONDS);
                        assertEquals(200, reply.status(), reply.body());
                        assertEquals(Map.of("slept", true), reply.data());
                    }
                    long answered = System.currentTimeMillis();
                    assertEquals(0, server.awaitExit(Duration.ofSeconds(60)), "a drained stop exits 0:\n" + server.output());

                    List<EdgeProbe.Answer> answers = probe.stop();
                    long notReady = answers.stream()
                            .filter(a -> a.path().equals("health/ready") && a.status() == 503 && a.at() >= signalled)
                            .mapToLong(EdgeProbe.Answer::at).min().orElse(Long.MAX_VALUE);
                    assertTrue(notReady < answered, "readiness is 503 before the requests in flight end ("
                            + (notReady - signalled) + " ms after the signal): " + answers);
                    assertTrue(answers.stream().anyMatch(a -> a.path().equals("api-agent.php") && a.status() == 503
                                    && a.at() >= signalled && a.body().contains("shutting down")),
                            "new agent requests are refused while draining: " + answers);
                    List<EdgeProbe.Answer> wrong = EdgeProbe.wrong(answers, real);
                    assertTrue(wrong.isEmpty(), "a stopping server answers 503 or the real answer: " + wrong);
                }
            } finally {
                pool.shutdownNow();
            }
            String output = server.output();
            assertTrue(output.contains("OCO-J: stopping: no longer ready; waiting for "), output);
            assertTrue(output.contains("OCO-J: stopping: every request in flight was answered"), output);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
