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
 * Counts the SQL statements the server sends to MariaDB per agent request: MariaDB's general log, filtered to
 * the connections of this server's database, so other clients of the same MariaDB do not count. The server's
 * background jobs can only add, never take away, and a request's own count is always the same — so the
 * smallest of several samples is the request's count. The numbers are printed for docs/performance.md; the
 * bounds are the cost budget of the hot path, not timings.
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

        // the computer is remembered from the previous hello: just the conditional heartbeat UPDATE, auto-committed
        assertTrue(hello <= 1, "hello costs " + hello + " statements: one auto-committed write (the computer is remembered)");
        // SELECT computer + UPDATE computer, plus the transaction's own three (autocommit off, COMMIT, on)
        assertTrue(update <= 5, "an unchanged update costs " + update + " statements, not one per package");
    }

    private long fewest(Supplier<AgentClient.Reply> request) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            counts.add(server.database.statementsDuring(() -> assertEquals(200, request.get().status())));
        }
        return Collections.min(counts);
    }
}
