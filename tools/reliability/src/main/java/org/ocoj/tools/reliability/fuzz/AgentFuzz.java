package org.ocoj.tools.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ocoj.tools.loadgen.protocol.Hmac;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * A fuzz of the agent API with a fixed seed: valid requests of registered agents (hello, update, passwords,
 * job state, unknown methods) mutated — types, odd numbers, nesting, Unicode, missing and extra fields, broken
 * bytes — and, for some, forged (signature flipped, of another agent, of the registration key, body changed after
 * signing, none) or replayed exactly. Promises: no 5xx, every request answered, no forgery or replay accepted,
 * a refused request changes nothing (checked on sample computers before and after), no secret in any answer.
 */
public final class AgentFuzz implements Scenario {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ACTORS = 12;
    private static final int VICTIMS = 4;
    /** One validly signed request in this many is checked for state changes (two computer reads around it). */
    private static final int STATE_SAMPLE = 15;

    @Override
    public String name() {
        return "fuzz-agent";
    }

    @Override
    public String promise() {
        return "mutated, forged and replayed agent requests (fixed seed): 0 5xx, 0 unanswered, 0 forgeries or replays "
                + "accepted, 0 state changes by refused requests, 0 secrets in answers";
    }

    /** How one request was made, which decides what it may be answered. */
    private enum Kind { SIGNED, FORGED, REPLAYED }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        Findings findings = new Findings();
        Mutator mutator = new Mutator(size.seed());
        Web web = new Web(target.url());
        try (Fleet fleet = new Fleet(target, "fuzz")) {
            List<SimulatedAgent> agents = fleet.registered(ACTORS + VICTIMS);
            List<SimulatedAgent> actors = agents.subList(0, ACTORS);
            List<SimulatedAgent> victims = agents.subList(ACTORS, agents.size());
            Map<String, Long> ids = new HashMap<>();
            for (SimulatedAgent agent : agents) {
                ids.put(agent.hostname(), fleet.computerId(agent));
            }
            Requests requests = new Requests(fleet, mutator);
            List<byte[][]> accepted = new ArrayList<>(); // {body, signature} of requests taken: replayed later
            Map<String, String> victimsBefore = new HashMap<>();
            for (SimulatedAgent victim : victims) {
                byte[] body = victim.request("oco.agent.hello", fleet.template().helloJson(victim));
                String signature = victim.sign(body);
                send(web, body, signature, "application/json", outcome, findings, "victim's own hello");
                accepted.add(new byte[][] {body, signature.getBytes()});
                victimsBefore.put(victim.hostname(), snapshot(target, ids.get(victim.hostname())));
            }
            int forged = 0;
            int replayed = 0;
            int sampled = 0;
            for (int i = 0; i < size.fuzzRequests(); i++) {
                List<String> applied = new ArrayList<>();
                double roll = mutator.random().nextDouble();
                Kind kind = roll < 0.15 ? Kind.FORGED : roll < 0.22 && !accepted.isEmpty() ? Kind.REPLAYED : Kind.SIGNED;
                SimulatedAgent agent = kind == Kind.SIGNED ? mutator.pick(actors) : mutator.pick(agents);
                byte[] body;
                String signature;
                String contentType = "application/json";
                if (kind == Kind.REPLAYED) {
                    byte[][] old = mutator.pick(accepted);
                    body = old[0];
                    signature = new String(old[1]);
                    applied.add("replay of an accepted request");
                    replayed++;
                } else {
                    body = requests.mutated(agent, applied);
                    signature = agent.sign(body);
                    if (kind == Kind.FORGED) {
                        String[] forgery = requests.forge(agent, body, signature, target.credentials().registrationKey(),
                                agents, applied);
                        body = forgery[0].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                        signature = forgery[1];
                        forged++;
                    } else if (mutator.chance(0.03)) {
                        contentType = mutator.pick(java.util.Arrays.asList(null, "text/plain",
                                "application/json; charset=latin1", "application/x-www-form-urlencoded"));
                        applied.add("content type " + contentType);
                    }
                }
                boolean sample = kind == Kind.SIGNED && i % STATE_SAMPLE == 0;
                String before = sample ? snapshot(target, ids.get(agent.hostname())) : null;
                Answer answer = send(web, body, signature, contentType, outcome, findings, String.join("; ", applied));
                String label = String.join("; ", applied) + " → " + answer.summary();
                if (answer.status() == 200 && kind == Kind.FORGED) {
                    findings.add(Findings.FORGERY, label);
                }
                if (answer.status() == 200 && kind == Kind.REPLAYED) {
                    findings.add(Findings.REPLAY, label);
                }
                if (answer.status() == 200 && kind == Kind.SIGNED && accepted.size() < 2_000) {
                    accepted.add(new byte[][] {body, signature.getBytes()});
                }
                if (sample && answer.status() != 200) {
                    sampled++;
                    if (!before.equals(snapshot(target, ids.get(agent.hostname())))) {
                        findings.add(Findings.STATE_CHANGE, label);
                    }
                }
            }
            for (SimulatedAgent victim : victims) {
                if (!victimsBefore.get(victim.hostname()).equals(snapshot(target, ids.get(victim.hostname())))) {
                    findings.add(Findings.STATE_CHANGE, victim.hostname() + " (only forged and replayed requests since "
                            + "its snapshot) changed");
                }
            }
            outcome.observe(size.fuzzRequests() + " requests, seed " + size.seed() + ": " + forged + " forged, "
                    + replayed + " replayed, " + sampled + " refused ones checked for state changes");
        }
        findings.judge(outcome);
        return outcome.result();
    }

    private static Answer send(Web web, byte[] body, String signature, String contentType, Outcome outcome,
                               Findings findings, String applied) {
        Map<String, String> headers = signature == null ? Map.of() : Map.of("x-oco-agent-signature", signature);
        Answer answer = web.post("/api-agent.php", contentType, body, headers, TIMEOUT);
        outcome.tally().count(answer.status());
        if (answer.status() >= 500) {
            findings.add(Findings.SERVER_ERROR, applied + " → " + answer.summary());
        } else if (!answer.answered()) {
            findings.add(Findings.UNANSWERED, applied + " → " + answer.summary());
        }
        return answer;
    }

    /**
     * What a refused request must not change: the computer as the client API shows it, less its history and the
     * seconds since its last contact (they grow while the fuzz runs).
     */
    private static String snapshot(Target target, long id) {
        JsonNode computer = target.clientApi().computer(id);
        if (computer instanceof ObjectNode object) {
            object.remove("history");
            if (object.get("general") instanceof ObjectNode general) {
                general.remove("last_contact_seconds");
            }
        }
        return computer.toString();
    }

    /** The valid requests the fuzz starts from, and how it forges them. */
    private static final class Requests {
        private final Fleet fleet;
        private final Mutator mutator;

        Requests(Fleet fleet, Mutator mutator) {
            this.fleet = fleet;
            this.mutator = mutator;
        }

        /** A valid request of {@code agent}, mutated (most of the time) on its tree and sometimes on its bytes. */
        byte[] mutated(SimulatedAgent agent, List<String> applied) {
            String method = mutator.pick(List.of("oco.agent.hello", "oco.agent.hello", "oco.agent.hello",
                    "oco.agent.update", "oco.agent.update", "oco.agent.passwords", "oco.agent.update_job_state",
                    "oco.agent.events", "oco.agent.nothing"));
            ObjectNode request;
            try {
                request = (ObjectNode) Mutator.JSON.readTree(agent.request(method, data(agent, method)));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            applied.add(method);
            if (mutator.chance(0.9)) {
                mutator.mutateTree(request, applied);
            }
            byte[] body = Mutator.serialize(request);
            byte[] broken = mutator.mutateBytes(body, 12, applied);
            if (applied.size() == 1) {
                applied.clear(); // unmutated: a valid request
            }
            return broken;
        }

        private String data(SimulatedAgent agent, String method) {
            switch (method) {
                case "oco.agent.hello":
                    return fleet.template().helloJson(agent);
                case "oco.agent.update": {
                    try {
                        ObjectNode data = (ObjectNode) Mutator.JSON.readTree(fleet.template().updateJson(agent, 0));
                        ArrayNode software = (ArrayNode) data.get("software");
                        while (software != null && software.size() > 20) {
                            software.remove(software.size() - 1);
                        }
                        return data.toString();
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                case "oco.agent.passwords":
                    return "{\"passwords\": [{\"username\": \"root\", \"password\": {\"iv\": \"AAAAAAAAAAAAAAAAAAAAAA==\", "
                            + "\"data\": \"AAAAAAAAAAAAAAAAAAAAAA==\"}, \"revoke\": false}]}";
                case "oco.agent.update_job_state":
                    return "{\"job-id\": 1, \"state\": 3, \"return-code\": 0, \"message\": \"done\"}";
                case "oco.agent.events":
                    return "{\"events\": [{\"log\": \"System\", \"source\": \"fuzz\", \"event_id\": 1, \"level\": 4, "
                            + "\"timestamp\": \"2026-12-03 00:00:00\", \"data\": {}}]}";
                default:
                    return "{}";
            }
        }

        /** {body as ISO-8859-1 text, signature}: a request whose signature does not belong to its bytes. */
        String[] forge(SimulatedAgent agent, byte[] body, String signature, String registrationKey,
                       List<SimulatedAgent> agents, List<String> applied) {
            String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
            switch (mutator.random().nextInt(7)) {
                case 0: {
                    char[] hex = signature.toCharArray();
                    int at = mutator.random().nextInt(hex.length);
                    hex[at] = hex[at] == '0' ? '1' : '0';
                    applied.add("forged: one signature digit changed");
                    return new String[] {text, new String(hex)};
                }
                case 1: {
                    SimulatedAgent other = mutator.pick(agents);
                    if (other == agent) {
                        applied.add("forged: no signature header");
                        return new String[] {text, null};
                    }
                    applied.add("forged: signed with another agent's key");
                    return new String[] {text, other.sign(body)};
                }
                case 2:
                    applied.add("forged: signed with the registration key");
                    return new String[] {text, Hmac.sign(registrationKey, body)};
                case 3: {
                    int at = text.indexOf("\"data\"");
                    String changed = at < 0 ? text + " " : text.substring(0, at) + "\"data\": {\"agent_version\": \"9.9\"}, "
                            + text.substring(at);
                    applied.add("forged: body changed after signing");
                    return new String[] {changed, signature};
                }
                case 4:
                    applied.add("forged: upper-case signature of another body");
                    return new String[] {text, Hmac.sign(registrationKey, new byte[0]).toUpperCase(Locale.ROOT)};
                case 5:
                    applied.add("forged: empty signature");
                    return new String[] {text, ""};
                default:
                    applied.add("forged: signed with a made-up key");
                    return new String[] {text, Hmac.sign("wrong-key-" + agent.hostname(), body)};
            }
        }
    }
}
