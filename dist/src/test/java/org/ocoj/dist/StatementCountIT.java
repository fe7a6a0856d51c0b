package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counts the SQL statements the server sends to MariaDB per agent request (the server's global "Questions"
 * counter). Other clients and the server's background jobs can only add to that counter, never take away, and
 * a request's own count is always the same — so the smallest of several samples is the request's count. The numbers are
 * printed for docs/performance.md; the bounds are the cost budget of the hot path, not timings.
 */
@ExtendWith(SharedServer.class)
class StatementCountIT {

    private static final int SAMPLES = 15;
    private final SharedServer.Running server = SharedServer.get();

    @Test
    void helloAndUnchangedUpdateCostAHandfulOfStatements() {
        String hostname = "count-" + System.nanoTime();
        server.clientApi().data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        assertEquals(200, agent.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        long hello = fewest(() -> agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")));
        long update = fewest(() -> agent.call("oco.agent.update", Captures.data("oco-agent-update.json")));
        System.out.printf("STATEMENTS hello=%d unchanged-update(805 packages)=%d%n", hello, update);

        // SELECT computer + UPDATE computer, plus the transaction's own three (autocommit off, COMMIT, on)
        assertTrue(hello <= 2, "hello costs " + hello + " statements: one read, one auto-committed write");
        assertTrue(update <= 5, "an unchanged update costs " + update + " statements, not one per package");
    }

    /** Statements per request: the Questions delta minus the one SHOW of the second measurement. */
    private static long fewest(Supplier<AgentClient.Reply> request) {
        List<Long> deltas = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long before = TestDatabase.questions();
            assertEquals(200, request.get().status());
            deltas.add(TestDatabase.questions() - before - 1);
        }
        return Collections.min(deltas);
    }
}
