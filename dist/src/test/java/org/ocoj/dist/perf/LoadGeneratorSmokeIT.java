package org.ocoj.dist.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ocoj.dist.SharedServer;
import org.ocoj.tools.loadgen.run.LoadRun;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.loadgen.run.RunSettings;
import org.ocoj.tools.loadgen.verify.ClientApi;

/**
 * The load generator against the real server bundle, briefly and with a few agents: its simulated agents are
 * accepted (signatures, timestamps, keys), and what the server stored is what they sent. Proves the tool, not
 * the server's speed: nothing here looks at throughput or latency.
 */
@ExtendWith(SharedServer.class)
class LoadGeneratorSmokeIT {

    private final SharedServer.Running server = SharedServer.get();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void preRegisteredAgentsSendChangingInventoriesThatTheServerStoresExactly() throws InterruptedException {
        // concurrent changed updates of the same packages: InnoDB may pick deadlock victims, the server runs
        // them again, and no agent ever sees an error
        RunResult result = run(Mode.CHANGED_UPDATE, "smoke-chg-", 4);

        assertClean(result);
        assertEquals(4, result.verification().checked());
        assertTrue(result.total().requests() >= 1, output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mixedSteadyStateAgentsSayHelloAndKeepTheirInventories() throws InterruptedException {
        RunResult result = run(Mode.MIXED, "smoke-mix-", 2);

        assertClean(result);
        assertEquals(4, result.verification().checked());
        assertTrue(result.byMethod().containsKey("oco.agent.hello"), output.toString(StandardCharsets.UTF_8));
    }

    private RunResult run(Mode mode, String prefix, int concurrency) throws InterruptedException {
        RunSettings settings = new RunSettings(server.url(), mode, 4, concurrency, Duration.ZERO, Duration.ofSeconds(3), 200, 0,
                Duration.ofSeconds(1), Duration.ofSeconds(60), true, SharedServer.REGISTRATION_KEY,
                prefix + System.nanoTime() + "-", null,
                new ClientApi(server.url(), "admin", SharedServer.ADMIN_PASSWORD, SharedServer.API_KEY), true,
                Duration.ofSeconds(1), null, new PrintStream(output, true, StandardCharsets.UTF_8));
        return new LoadRun(settings).run();
    }

    private void assertClean(RunResult result) {
        String log = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, result.total().errorCount(), log);
        assertTrue(result.verification().ok(), log);
        assertTrue(log.contains("loadgen: OK"), log);
    }
}
