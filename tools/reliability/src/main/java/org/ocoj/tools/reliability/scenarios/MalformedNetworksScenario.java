package org.ocoj.tools.reliability.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.agents.NoAnswer;
import org.ocoj.tools.reliability.agents.SignedRequests;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Signed hellos whose {@code networks} is not a list of interface objects, or whose members have the wrong
 * types, sizes or nesting (a malformed member answered 500 on the hello fast path). Each is answered without a
 * 5xx; one that is refused leaves the stored networks as they were; the agent checks in normally afterwards.
 */
public final class MalformedNetworksScenario implements Scenario {

    static final List<String> VARIANTS = List.of("\"eth0\"", "42", "{\"addr\": \"10.0.0.1\"}", "[1]", "[\"eth0\"]",
            "[null]", "[[]]", "[[{\"addr\": \"10.0.0.1\"}]]", "[{\"addr\": 1}]", "[{\"addr\": {}}]",
            "[{\"addr\": [\"10.0.0.1\"]}]", "[{\"addr\": true, \"mac\": false, \"interface\": 7}]",
            "[{\"addr\": \"10.0.0.1\", \"netmask\": [], \"broadcast\": {}, \"mac\": 1e999, \"interface\": null}]",
            "[{\"addr\": \"" + "9".repeat(100_000) + "\"}]", "[{\"interface\": \"" + "x".repeat(5_000) + "\"}]",
            "[{\"addr\": \"999.999.999.999\", \"mac\": \"zz:zz\"}]", "[{}]", "[{\"addr\": \"10.0.0.1\", \"extra\": "
                    + "{\"deep\": [[[[[[[[[[1]]]]]]]]]]}}]",
            "[{\"addr\": \"\\u0000\", \"interface\": \"\\ud800\"}]", "[{\"addr\": 1.0e308, \"mac\": -0}]");

    private static final String PLACEHOLDER = "networks-go-here";

    @Override
    public String name() {
        return "malformed-networks";
    }

    @Override
    public String promise() {
        return VARIANTS.size() + " malformed networks in signed hellos: no 5xx, a refused one changes nothing, "
                + "the agent checks in afterwards";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        return NoAnswer.measured(name(), outcome -> measure(target, outcome));
    }

    private void measure(Target target, Outcome outcome) throws Exception {
        Admin admin = new Admin(target, outcome.tally());
        try (Fleet fleet = new Fleet(target, "networks")) {
            SimulatedAgent agent = fleet.registered(1).get(0);
            long id = fleet.computerId(agent);
            AgentTransport transport = fleet.transport();
            int refused = 0;
            for (String variant : VARIANTS) {
                String label = variant.length() > 60 ? variant.substring(0, 60) + "…" : variant;
                JsonNode before = networks(admin, id);
                // the variant goes in as written: no JSON library would write 1e999 or a lone surrogate
                ObjectNode data = (ObjectNode) Admin.JSON.readTree(fleet.template().helloJson(agent));
                data.put("networks", PLACEHOLDER);
                byte[] body = agent.request("oco.agent.hello", data.toString().replace("\"" + PLACEHOLDER + "\"", variant));
                AgentTransport.Response response = SignedRequests.send(transport, body, agent.sign(body), outcome.tally());
                outcome.expect(response.status() > 0 && response.status() < 500, "networks " + label
                        + " is answered without a 5xx", "HTTP " + response.status() + " "
                        + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
                if (response.status() != 200) {
                    refused++;
                    outcome.expect(before.equals(networks(admin, id)), "refused networks " + label + " change nothing",
                            "the stored networks changed");
                }
            }
            outcome.observe(refused + " of " + VARIANTS.size() + " refused, the rest taken as they are");
            try {
                fleet.hello(agent);
                outcome.tally().count(200);
                outcome.expect(true, "the agent checks in normally afterwards", "");
            } catch (org.ocoj.tools.loadgen.protocol.AgentFailure e) {
                outcome.tally().count(0);
                outcome.expect(false, "the agent checks in normally afterwards", e.getMessage());
            }
        }
    }

    private static JsonNode networks(Admin admin, long id) {
        return admin.call("oco.computer.get", Map.of("id", id)).data().path("networks");
    }
}
