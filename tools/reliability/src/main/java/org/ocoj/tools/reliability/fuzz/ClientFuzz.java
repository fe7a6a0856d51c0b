package org.ocoj.tools.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.tools.loadgen.verify.ClientApi;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * A fuzz of the client API with a fixed seed: valid calls (reads, and creations of computers, groups and reports
 * named with a marker) mutated — types, odd numbers such as an {@code id} of 1e999999999, nesting, Unicode,
 * missing and extra fields, batches, broken bytes — and some forged (wrong or missing {@code api_key}; Basic auth
 * of an unknown user, from addresses of its own so the suite's address is never throttled). Promises: no 5xx,
 * every request answered, no forged call succeeds, a refused creation creates nothing, no secret in any answer.
 */
public final class ClientFuzz implements Scenario {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String MARK = "fzc-";

    @Override
    public String name() {
        return "fuzz-client";
    }

    @Override
    public String promise() {
        return "mutated and forged client API calls (fixed seed): 0 5xx, 0 unanswered, 0 forgeries accepted, 0 objects "
                + "created by refused calls, 0 secrets in answers";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        Findings findings = new Findings();
        Mutator mutator = new Mutator(size.seed() + 1);
        Web web = new Web(target.url());
        RawHttp raw = new RawHttp(target.host(), target.port());
        ClientApi api = target.clientApi();
        String run = MARK + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-";
        long computer = api.createComputer(run + "base");
        long report = api.call("oco.report.create", Map.of("name", run + "base", "criteria", Map.of("all", List.of())))
                .path("id").asLong();
        Map<String, Boolean> created = new HashMap<>(); // marker -> was its creation acknowledged?
        Map<String, String> labels = new HashMap<>(); // marker -> what was sent and answered
        int forged = 0;
        for (int i = 0; i < size.fuzzRequests(); i++) {
            List<String> applied = new ArrayList<>();
            String marker = run + i;
            ObjectNode request = base(api, mutator, computer, report, marker, applied);
            boolean forgery = mutator.chance(0.08);
            Answer answer;
            if (forgery) {
                forged++;
                answer = forge(target, web, raw, mutator, request, i, applied);
            } else {
                if (mutator.chance(0.9)) {
                    mutator.mutateTree(request, applied);
                }
                byte[] body = mutator.mutateBytes(Mutator.serialize(request), 12, applied);
                answer = web.post("/api-client.php", "application/json", body,
                        Map.of("Authorization", Liveness.basic(target)), TIMEOUT);
            }
            JsonNode json = parse(answer.body());
            boolean success = answer.status() == 200 && json != null && json.isObject() && json.has("result")
                    && !json.hasNonNull("error");
            outcome.tally().count(answer.status(), success);
            String label = String.join("; ", applied) + " → " + answer.summary();
            if (answer.status() >= 500) {
                findings.add(Findings.SERVER_ERROR, label);
            } else if (!answer.answered()) {
                findings.add(Findings.UNANSWERED, label);
            }
            if (forgery && (success || answer.status() == 200 && json != null && json.isArray())) {
                findings.add(Findings.FORGERY, label);
            }
            target.secrets().foundIn(answer.body()).forEach(secret -> findings.add(Findings.SECRET, secret + " in: "
                    + label));
            // a batch answers per call: its creations are not told apart here, so they are not tracked
            if (applied.stream().anyMatch(a -> a.startsWith("create")) && applied.stream().noneMatch(a -> a.contains("batch"))) {
                created.put(marker, success);
                labels.put(marker, label);
            }
        }
        Set<String> existing = names(api);
        int refusedCreations = 0;
        for (Map.Entry<String, Boolean> creation : created.entrySet()) {
            if (!creation.getValue()) {
                refusedCreations++;
                if (existing.contains(creation.getKey())) {
                    findings.add(Findings.STATE_CHANGE, creation.getKey() + " exists although its creation was refused: "
                            + labels.get(creation.getKey()));
                }
            }
        }
        cleanUp(api, run);
        outcome.observe(size.fuzzRequests() + " requests, seed " + size.seed() + ": " + forged + " forged, "
                + refusedCreations + " refused creations checked");
        findings.judge(outcome);
        return outcome.result();
    }

    /** A valid call; creations carry {@code marker} as their name so they can be found afterwards. */
    private static ObjectNode base(ClientApi api, Mutator mutator, long computer, long report, String marker,
                                   List<String> applied) {
        int choice = mutator.random().nextInt(12);
        String method;
        Map<String, Object> data;
        switch (choice) {
            case 0 -> { method = "oco.computer.create"; data = Map.of("hostname", marker, "notes", "fuzz"); }
            case 1 -> { method = "oco.computer_group.create"; data = Map.of("name", marker); }
            case 2 -> { method = "oco.report.create"; data = Map.of("name", marker, "criteria",
                    Map.of("all", List.of(Map.of("field", "hostname", "op", "contains", "value", "fzc")))); }
            case 3 -> { method = "oco.computer.get"; data = Map.of("id", computer); }
            case 4 -> { method = "oco.report.run"; data = Map.of("id", report, "limit", 5, "order_by", "hostname"); }
            case 5 -> { method = "oco.report.get"; data = Map.of("id", report); }
            case 6 -> { method = "oco.computer.list"; data = Map.of(); }
            case 7 -> { method = "oco.report.fields"; data = Map.of(); }
            case 8 -> { method = "oco.setting.list"; data = Map.of(); }
            case 9 -> { method = "oco.report.list"; data = Map.of(); }
            case 10 -> { method = "oco.computer.summary"; data = Map.of(); }
            default -> { method = "oco.info"; data = Map.of(); }
        }
        applied.add(choice <= 2 ? "create " + method : method);
        return api.request(method, data);
    }

    /** A call whose credentials are wrong in one way or another; must never succeed. */
    private static Answer forge(Target target, Web web, RawHttp raw, Mutator mutator, ObjectNode request, int i,
                                List<String> applied) throws Exception {
        ObjectNode params = (ObjectNode) request.get("params");
        switch (mutator.random().nextInt(4)) {
            case 0 -> {
                params.put("api_key", target.credentials().apiKey() + "x");
                applied.add("forged: wrong api_key");
            }
            case 1 -> {
                params.remove("api_key");
                applied.add("forged: no api_key");
            }
            case 2 -> {
                params.put("api_key", target.credentials().registrationKey());
                applied.add("forged: the registration key as api_key");
            }
            default -> {
                // an unknown user, from an address of its own: the suite's own address is never throttled
                String basic = "Basic " + Base64.getEncoder().encodeToString(("fz-nobody-" + i + ":"
                        + target.credentials().adminPassword()).getBytes(StandardCharsets.UTF_8));
                applied.add("forged: Basic auth of an unknown user");
                InetAddress source = InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (1 + i % 250)});
                return raw.send(RawHttp.Request.post("/api-client.php", "application/json",
                        request.toString().getBytes(StandardCharsets.UTF_8), Map.of("Authorization", basic)), source,
                        TIMEOUT);
            }
        }
        return web.post("/api-client.php", "application/json", request.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", Liveness.basic(target)), TIMEOUT);
    }

    /** Names of every computer, group and report. */
    private static Set<String> names(ClientApi api) {
        Set<String> names = new HashSet<>();
        JsonNode list = api.call("oco.computer.list", Map.of());
        list.path("computers").forEach(c -> names.add(c.path("hostname").asText()));
        collect(list.path("groups"), "name", names);
        JsonNode reports = api.call("oco.report.list", Map.of());
        reports.path("reports").forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    private static void collect(JsonNode node, String field, Set<String> names) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, field, names));
        } else if (node.isObject()) {
            if (node.has(field)) {
                names.add(node.get(field).asText());
            }
            node.forEach(child -> collect(child, field, names));
        }
    }

    /** Removes what the fuzz created (the server may be shared with other tests). */
    private static void cleanUp(ClientApi api, String run) {
        api.call("oco.computer.list", Map.of()).path("computers").forEach(c -> {
            if (c.path("hostname").asText().startsWith(run)) {
                api.call("oco.computer.remove", Map.of("id", c.path("id").asLong(), "force", true));
            }
        });
        api.call("oco.report.list", Map.of()).path("reports").forEach(r -> {
            if (r.path("name").asText().startsWith(run)) {
                api.call("oco.report.remove", Map.of("id", r.path("id").asLong()));
            }
        });
        List<Long> groups = new ArrayList<>();
        groupIds(api.call("oco.computer.list", Map.of()).path("groups"), run, groups);
        groups.forEach(id -> {
            try {
                api.call("oco.computer_group.remove", Map.of("id", id, "force", true));
            } catch (IllegalStateException alreadyGone) {
                // removed with a parent
            }
        });
    }

    private static void groupIds(JsonNode node, String run, List<Long> ids) {
        if (node.isArray()) {
            node.forEach(child -> groupIds(child, run, ids));
        } else if (node.isObject()) {
            if (node.path("name").asText().startsWith(run) && node.has("id")) {
                ids.add(node.get("id").asLong());
            }
            node.forEach(child -> groupIds(child, run, ids));
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? null : Mutator.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
