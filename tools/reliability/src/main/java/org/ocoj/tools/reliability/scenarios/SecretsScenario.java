package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
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
 * Secrets (registration key, client API key, admin password, every agent and server key the suite was issued)
 * never appear where people or other programs read: client API answers (lists, computers, settings, reports as
 * JSON and CSV with every column), error answers of both APIs, the UI's pages and the server log.
 */
public final class SecretsScenario implements Scenario {

    @Override
    public String name() {
        return "secrets";
    }

    @Override
    public String promise() {
        return "no key or password in client API answers (JSON, CSV), error answers, UI pages or the server log";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        Admin admin = new Admin(target, outcome.tally());
        Map<String, String> texts = new LinkedHashMap<>();
        try (Fleet fleet = new Fleet(target, "secrets")) {
            List<SimulatedAgent> agents = fleet.registered(size.pick(10, 3));
            for (SimulatedAgent agent : agents) {
                agent.call(fleet.transport(), "oco.agent.update", fleet.template().updateJson(agent, 0));
            }
            for (String method : List.of("oco.info", "oco.computer.list", "oco.setting.list", "oco.plugin.list",
                    "oco.report.list", "oco.report.fields", "oco.ui.contributions", "oco.computer.summary")) {
                texts.put(method, admin.call(method, Map.of()).body());
            }
            for (SimulatedAgent agent : agents) {
                texts.put("oco.computer.get " + agent.hostname(),
                        admin.call("oco.computer.get", Map.of("id", fleet.computerId(agent))).body());
            }
            reports(admin, texts);
            errors(admin, fleet, agents.get(0), outcome, texts, target.credentials().registrationKey());
        }
        Web web = new Web(target.url());
        for (String path : List.of("/", "/ui/app.js", "/health", "/ui-session")) {
            Answer page = web.get(path, Duration.ofSeconds(30));
            outcome.tally().count(page.status());
            texts.put("GET " + path, page.body());
        }
        texts.put("the server log", target.log().get());
        List<String> found = new ArrayList<>();
        texts.forEach((where, text) -> target.secrets().foundIn(text)
                .forEach(secret -> found.add(secret + " in " + where)));
        outcome.expect(found.isEmpty(), "no secret is revealed", found.size() + " found: "
                + String.join("; ", found.subList(0, Math.min(10, found.size()))));
        outcome.expect(outcome.tally().serverErrors() == 0, "no 5xx", outcome.tally().statuses());
        outcome.observe(target.secrets().size() + " secrets looked for in " + (texts.size() - 1)
                + " answers and the server log (" + texts.get("the server log").length() / 1024 + " KiB)");
        return outcome.result();
    }

    /** Every report, as JSON and CSV, plus one showing every column a report can show. */
    private static void reports(Admin admin, Map<String, String> texts) {
        JsonNode fields = admin.call("oco.report.fields", Map.of()).data();
        List<String> columns = new ArrayList<>();
        fields.path("columns").forEach(column -> columns.add(column.isTextual() ? column.asText()
                : column.path("name").asText()));
        Admin.Reply all = admin.call("oco.report.create", Map.of("name", "rel-secrets every column",
                "criteria", Map.of("all", List.of()), "columns", columns));
        texts.put("oco.report.create with every column", all.body());
        JsonNode list = admin.call("oco.report.list", Map.of()).data();
        List<Long> ids = new ArrayList<>();
        list.path("reports").forEach(report -> ids.add(report.path("id").asLong()));
        if (all.ok()) {
            ids.add(all.data().path("id").asLong());
        }
        for (long id : ids) {
            texts.put("oco.report.run " + id, admin.call("oco.report.run", Map.of("id", id)).body());
            texts.put("oco.report.run " + id + " as CSV",
                    admin.call("oco.report.run", Map.of("id", id, "format", "csv")).body());
        }
        if (all.ok()) {
            admin.call("oco.report.remove", Map.of("id", all.data().path("id").asLong()));
        }
    }

    /** Refusals must not echo what they compared with: wrong api_key, wrong signature, unknown method. */
    private static void errors(Admin admin, Fleet fleet, SimulatedAgent agent, Outcome outcome,
                               Map<String, String> texts, String registrationKey) throws Exception {
        ObjectNode wrongKey = admin.api().request("oco.info", Map.of());
        ((ObjectNode) wrongKey.get("params")).put("api_key", "wrong-" + registrationKey.length());
        texts.put("client API with a wrong api_key", admin.send(wrongKey.toString()).body());
        texts.put("client API unknown method", admin.call("oco.no.such.method", Map.of()).body());
        byte[] hello = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
        texts.put("agent hello with a wrong signature", post(fleet, outcome, hello, "0".repeat(64)));
        texts.put("agent hello", post(fleet, outcome, hello, agent.sign(hello)));
        texts.put("agent hello replayed", post(fleet, outcome, hello, agent.sign(hello)));
        byte[] again = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
        texts.put("agent hello signed with the registration key", post(fleet, outcome, again,
                Hmac.sign(registrationKey, again)));
        byte[] unknown = agent.request("oco.agent.nothing", "{}");
        texts.put("agent unknown method", post(fleet, outcome, unknown, agent.sign(unknown)));
        texts.put("agent body that is no JSON", post(fleet, outcome, "{".getBytes(StandardCharsets.US_ASCII),
                "0".repeat(64)));
    }

    private static String post(Fleet fleet, Outcome outcome, byte[] body, String signature) throws Exception {
        AgentTransport.Response response = fleet.transport().post(body, signature);
        outcome.tally().count(response.status());
        return response.body() + " " + response.serverSignature();
    }
}
