package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fixed-seed fuzz of the agent API (issue 16): captured requests with one member replaced by hostile JSON,
 * signed with the agent's real key so they reach the handlers, plus some unsigned and some raw garbage.
 * Every answer must be a 2xx or 4xx: no 5xx. {@code -Doco.fuzz.requests} sets the count (2,000 in CI).
 */
@ExtendWith(SharedServer.class)
class AgentApiFuzzIT {

    private static final long SEED = 16;
    private static final String[] METHODS = {"oco.agent.hello", "oco.agent.update", "oco.agent.passwords",
        "oco.agent.update_job_state", "oco.agent.events", "oco.no_such_method"};

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void noRequestGetsA5xx() {
        ClientApi api = server.clientApi();
        api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "true"));
        AgentClient agent = server.agent("fuzz-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status());
        } finally {
            api.data("oco.setting.set", Map.of("key", "self-registration.enabled", "value", "false"));
        }
        // the agent's clock beyond every timestamp the fuzz sends that the server would accept (e.g. 2147483648):
        // otherwise one accepted fuzz timestamp would turn all later requests into stale ones, refused unread
        agent.setClock(4_000_000_000_000L - System.currentTimeMillis());
        Map<String, Object> update = new LinkedHashMap<>(Captures.data("oco-agent-update.json"));
        update.put("software", ((List<?>) update.get("software")).subList(0, 20)); // keeps each request cheap
        Map<String, Map<String, Object>> data = Map.of("oco.agent.hello", Captures.data("oco-agent-hello.json"),
                "oco.agent.update", update, "oco.agent.passwords", Captures.data("oco-agent-passwords.json"));

        FuzzValues fuzz = new FuzzValues(SEED);
        int requests = Integer.getInteger("oco.fuzz.requests", 2000);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String method = METHODS[fuzz.random().nextInt(METHODS.length)];
            Map<String, Object> envelope = agent.envelope(method, data.getOrDefault(method, Map.of()));
            int kind = fuzz.random().nextInt(20);
            String body = kind == 0 ? fuzz.rawValue() // not even an envelope
                    : fuzz.text(fuzz.mutate(envelope, 1 + fuzz.random().nextInt(5)));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String signature = kind == 1 ? "0".repeat(64) : AgentClient.sign(agent.agentKey, bytes);
            AgentClient.Reply reply = agent.send(bytes, signature, "application/json");
            statuses.merge(reply.status(), 1, Integer::sum);
            if (reply.status() >= 500 && failures.size() < 10) {
                failures.add(reply.status() + " for " + abbreviated(body) + " -> " + abbreviated(reply.body()));
            }
        }
        System.out.println("Agent API fuzz, seed " + SEED + ", " + requests + " requests: statuses " + statuses);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(200, agent.call("oco.agent.hello", Captures.data("oco-agent-hello.json")).status(),
                "the agent still checks in after the fuzz");
    }

    private static String abbreviated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
