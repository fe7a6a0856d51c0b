package org.ocoj.tools.reliability.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.suite.Tally;
import org.ocoj.tools.reliability.target.Target;

/**
 * Is the server answering the people who use it? One probe asks the UI ({@code GET /}), the health endpoint,
 * the client API ({@code oco.info}), the agent endpoint with an unsigned hello (refused quickly) and with the
 * heartbeat of a registered agent of its own (the path a dead writer thread wedged), each within a bound.
 */
public final class Liveness {

    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Target target;
    private final Web web;
    private Fleet fleet;
    private SimulatedAgent agent;

    public Liveness(Target target) {
        this.target = target;
        this.web = new Web(target.url());
    }

    /** What one probe saw: {@code failures} empty when every part answered as it should. */
    public record Probe(List<String> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    public Probe probe(Tally tally) {
        List<String> failures = new ArrayList<>();
        expect(failures, tally, "UI (GET /)", web.get("/", PROBE_TIMEOUT), 200);
        expect(failures, tally, "GET /health", web.get("/health", PROBE_TIMEOUT), 200);
        String info = target.clientApi().request("oco.info", Map.of()).toString();
        Answer api = web.post("/api-client.php", "application/json", info.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", basic(target)), PROBE_TIMEOUT);
        expect(failures, tally, "client API oco.info", api, 200);
        String unsigned = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"uid\": \"p\", "
                + "\"hostname\": \"liveness-probe-unknown\", \"timestamp\": 1, \"data\": {}}}";
        Answer refused = web.post("/api-agent.php", "application/json", unsigned.getBytes(StandardCharsets.UTF_8),
                Map.of("x-oco-agent-signature", "0".repeat(64)), PROBE_TIMEOUT);
        expect(failures, tally, "agent endpoint (unsigned hello)", refused, 401);
        heartbeat(failures, tally);
        return new Probe(failures);
    }

    private void heartbeat(List<String> failures, Tally tally) {
        try {
            if (agent == null) {
                fleet = fleet != null ? fleet : new Fleet(target, "liveness", PROBE_TIMEOUT);
                agent = fleet.registered(1).get(0);
            } else {
                fleet.hello(agent);
            }
            if (tally != null) {
                tally.count(200);
            }
        } catch (AgentFailure | RuntimeException e) {
            if (tally != null) {
                tally.count(0);
            }
            failures.add("heartbeat of a registered agent: " + e.getMessage());
        }
    }

    /** Probes until one passes or {@code limit} is over. @return the time it took, or null if never */
    public Duration awaitAnswering(Duration limit, Tally tally) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe(tally).ok()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static void expect(List<String> failures, Tally tally, String what, Answer answer, int status) {
        if (tally != null) {
            tally.count(answer.status());
        }
        if (answer.status() != status) {
            failures.add(what + ": " + answer.summary());
        }
    }

    public static String basic(Target target) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((target.credentials().adminUser() + ":"
                + target.credentials().adminPassword()).getBytes(StandardCharsets.UTF_8));
    }
}
