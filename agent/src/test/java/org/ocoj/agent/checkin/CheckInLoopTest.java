package org.ocoj.agent.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.agent.config.AgentConfigFile;

class CheckInLoopTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void backsOffAfterErrorsKeepsRunningAndReturnsToTheIntervalAfterSuccess() throws Exception {
        try (FakeOcoServer server = new FakeOcoServer()) {
            AgentUnderTest agent = new AgentUnderTest(dir, server.url());
            server.queue(FakeOcoServer.Fault.HTTP_500, FakeOcoServer.Fault.HTTP_500, FakeOcoServer.Fault.HTTP_500);
            List<Duration> pauses = new ArrayList<>();
            CheckInLoop loop = new CheckInLoop(agent.cycle, agent.endpoint, Duration.ofSeconds(60), pauses::add);

            loop.run(true, cycles(5));

            assertEquals(List.of(Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofSeconds(480),
                    Duration.ofSeconds(60), Duration.ofSeconds(60)), pauses);
            // the forced update was still requested after the failures, and only until it succeeded
            List<FakeOcoServer.Request> hellos = server.requests().stream()
                    .filter(r -> r.method().equals("oco.agent.hello")).toList();
            assertTrue(hellos.get(3).json().at("/params/data/force_update").asBoolean());
            assertFalse(hellos.get(4).json().at("/params/data/force_update").asBoolean());
        }
    }

    @Test
    void capsTheBackoff() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AgentUnderTest agent = new AgentUnderTest(dir, java.net.URI.create("http://127.0.0.1:" + port + "/api-agent.php"));
        List<Duration> pauses = new ArrayList<>();
        new CheckInLoop(agent.cycle, agent.endpoint, Duration.ofSeconds(60), pauses::add).run(false, cycles(6));
        assertEquals(CheckInLoop.MAX_BACKOFF, pauses.get(5));
    }

    @Test
    void rediscoversADiscoveredServerThatStoppedAnswering() throws Exception {
        int deadPort;
        try (ServerSocket free = new ServerSocket(0)) {
            deadPort = free.getLocalPort();
        }
        try (FakeOcoServer server = new FakeOcoServer()) {
            Deque<String> answers = new ArrayDeque<>(List.of(
                    "http://127.0.0.1:" + deadPort + "/api-agent.php", server.url().toString()));
            AtomicInteger lookups = new AtomicInteger();
            AgentUnderTest agent = new AgentUnderTest(dir, "", () -> {
                lookups.incrementAndGet();
                return answers.pop();
            }, "");
            CheckInLoop loop = new CheckInLoop(agent.cycle, agent.endpoint, Duration.ofSeconds(60), pause -> { });

            for (int i = 0; i < CheckInLoop.REDISCOVER_AFTER; i++) {
                assertFalse(loop.runOnce(false));
            }
            assertTrue(loop.runOnce(false), "the re-discovered server answers");

            assertEquals(2, lookups.get());
            assertEquals(server.url().toString(), AgentConfigFile.load(agent.ini).apiUrl());
        }
    }

    @Test
    void neverReplacesAnAdministratorsUrl() throws Exception {
        int deadPort;
        try (ServerSocket free = new ServerSocket(0)) {
            deadPort = free.getLocalPort();
        }
        String configured = "http://127.0.0.1:" + deadPort + "/api-agent.php";
        AgentUnderTest agent = new AgentUnderTest(dir, configured, () -> {
            throw new AssertionError("must not look up a configured URL");
        }, "");
        CheckInLoop loop = new CheckInLoop(agent.cycle, agent.endpoint, Duration.ofSeconds(60), pause -> { });
        for (int i = 0; i < CheckInLoop.REDISCOVER_AFTER + 1; i++) {
            assertFalse(loop.runOnce(false));
        }
        assertEquals(configured, AgentConfigFile.load(agent.ini).apiUrl());
    }

    private static java.util.function.BooleanSupplier cycles(int count) {
        AtomicInteger left = new AtomicInteger(count);
        return () -> left.getAndDecrement() > 0;
    }
}
