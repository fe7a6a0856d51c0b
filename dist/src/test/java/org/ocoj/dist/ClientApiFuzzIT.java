package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client API's JSON-RPC envelope under hostile input (issue 16: an {@code "id": 1e999999999} got an HTML
 * 500): ids of every JSON type, huge numbers, deep nesting, params and data that are no objects, batches.
 * Every answer must be a 200 (JSON-RPC result or error) or a 400, never a 5xx. Fixed seed.
 */
@ExtendWith(SharedServer.class)
class ClientApiFuzzIT {

    private static final long SEED = 16;
    private static final String[] METHODS = {"oco.computer.list", "oco.computer.get", "oco.computer.force_update",
        "oco.computer_group.create", "oco.setting.list", "oco.report.list", "oco.no_such_method"};

    private final SharedServer.Running server = SharedServer.get();

    @Test
    void theHugeIdOfTheProbeRunIsA400() {
        ClientApi.Reply reply = send("{\"jsonrpc\":\"2.0\",\"id\":1e999999999,\"method\":\"oco.computer.list\","
                + "\"params\":{\"api_key\":\"" + SharedServer.API_KEY + "\",\"data\":{}}}");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("out of range"), reply.body());
    }

    @Test
    void noEnvelopeGetsA5xx() {
        FuzzValues fuzz = new FuzzValues(SEED);
        int requests = Integer.getInteger("oco.fuzz.client-requests", 500);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("api_key", SharedServer.API_KEY);
            params.put("data", Map.of("id", 1));
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("jsonrpc", "2.0");
            envelope.put("id", fuzz.placeholder()); // an id of every JSON type
            envelope.put("method", METHODS[fuzz.random().nextInt(METHODS.length)]);
            envelope.put("params", params);
            Object document = fuzz.random().nextBoolean() ? fuzz.mutate(envelope, 1 + fuzz.random().nextInt(3)) : envelope;
            String body = fuzz.text(fuzz.random().nextInt(10) == 0 ? List.of(document, document) : document);
            ClientApi.Reply reply = send(body);
            statuses.merge(reply.status(), 1, Integer::sum);
            if ((reply.status() != 200 && reply.status() != 400) && failures.size() < 10) {
                failures.add(reply.status() + " for " + body + " -> " + reply.body());
            }
        }
        System.out.println("Client API fuzz, seed " + SEED + ", " + requests + " requests: statuses " + statuses);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private ClientApi.Reply send(String body) {
        return server.clientApi().send(body, "application/json", "admin", SharedServer.ADMIN_PASSWORD);
    }
}
