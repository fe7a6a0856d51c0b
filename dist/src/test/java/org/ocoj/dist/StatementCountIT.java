package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * The software catalogue is asked only for packages this node has not seen: a fleet shares most packages,
     * so a new computer's first inventory of 805 known packages looks none up, and one with a single new
     * package looks up just that one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aFirstInventoryLooksUpOnlyPackagesThisServerHasNotSeen() {
        AgentClient first = registered("catalogue-a-");
        assertEquals(200, first.call("oco.agent.update", Captures.data("oco-agent-update.json")).status());

        AgentClient same = registered("catalogue-b-");
        List<String> sameSql = server.database.statementTextsDuring(
                () -> assertEquals(200, same.call("oco.agent.update", Captures.data("oco-agent-update.json")).status()));
        assertTrue(sameSql.stream().anyMatch(sql -> sql.startsWith("INSERT INTO computer_software")),
                "the update's own statements are seen: " + sameSql.size());
        assertEquals(0, catalogueLookups(sameSql).size(), "805 packages this server has seen: no catalogue lookup");

        AgentClient oneNew = registered("catalogue-c-");
        Map<String, Object> data = Captures.data("oco-agent-update.json");
        List<Map<String, Object>> software = new ArrayList<>((List<Map<String, Object>>) data.get("software"));
        software.add(Map.of("name", "oco-j-never-seen-" + System.nanoTime(), "version", "1.0", "description", ""));
        data.put("software", software);
        List<String> oneNewSql = server.database.statementTextsDuring(
                () -> assertEquals(200, oneNew.call("oco.agent.update", data).status()));
        List<String> lookups = catalogueLookups(oneNewSql);
        assertFalse(lookups.isEmpty(), "the new package is looked up");
        for (String lookup : lookups) {
            assertEquals(1, lookup.split("','").length, "only the new package is looked up: "
                    + lookup.substring(0, Math.min(200, lookup.length())));
        }
    }

    private static List<String> catalogueLookups(List<String> statements) {
        return statements.stream().filter(sql -> sql.contains("FROM software WHERE fingerprint IN")).toList();
    }

    private AgentClient registered(String prefix) {
        String hostname = prefix + System.nanoTime();
        server.clientApi().data("oco.computer.create", Map.of("hostname", hostname));
        AgentClient agent = server.agent(hostname);
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        return agent;
    }

    private long fewest(Supplier<AgentClient.Reply> request) {
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            counts.add(server.database.statementsDuring(() -> assertEquals(200, request.get().status())));
        }
        return Collections.min(counts);
    }
}
