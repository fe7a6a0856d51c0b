package org.ocoj.tools.reliability.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.reliability.suite.Tally;
import org.ocoj.tools.reliability.target.Target;

/**
 * Is the server answering the people who use it? One probe asks the UI ({@code GET /}), the health endpoint,
 * the client API ({@code oco.info}) and the agent endpoint (an unsigned hello must be refused quickly: that
 * proves the agent path answers without needing a key), each within a bound.
 */
public final class Liveness {

    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Target target;
    private final Web web;

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
        String hello = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"oco.agent.hello\", \"params\": {\"uid\": \"p\", "
                + "\"hostname\": \"liveness-probe-unknown\", \"timestamp\": 1, \"data\": {}}}";
        Answer agent = web.post("/api-agent.php", "application/json", hello.getBytes(StandardCharsets.UTF_8),
                Map.of("x-oco-agent-signature", "0".repeat(64)), PROBE_TIMEOUT);
        expect(failures, tally, "agent endpoint (unsigned hello)", agent, 401);
        return new Probe(failures);
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
