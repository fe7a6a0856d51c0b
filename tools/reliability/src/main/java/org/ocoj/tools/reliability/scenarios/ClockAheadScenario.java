package org.ocoj.tools.reliability.scenarios;

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
 * An agent whose clock ran a day ahead, then was corrected: the server refuses it as stale until real time
 * catches up. The admin's remedy ({@code oco.computer.reset_agent_clock}, docs/protocol.md "Clock recovery") must
 * let it check in again with its own key — no reinstall — while replays of its requests stay refused.
 */
public final class ClockAheadScenario implements Scenario {

    static final String REMEDY = "oco.computer.reset_agent_clock";
    private static final long DAY = 86_400;

    @Override
    public String name() {
        return "clock-ahead";
    }

    @Override
    public String promise() {
        return "after a clock ran a day ahead and was corrected, " + REMEDY + " lets the agent check in with its own "
                + "key; replays stay refused";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        return NoAnswer.measured(name(), outcome -> measure(target, outcome));
    }

    private void measure(Target target, Outcome outcome) throws Exception {
        Admin admin = new Admin(target, outcome.tally());
        try (Fleet fleet = new Fleet(target, "clock")) {
            SimulatedAgent agent = fleet.registered(1).get(0);
            long id = fleet.computerId(agent);
            AgentTransport transport = fleet.transport();
            byte[] older = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
            String olderSignature = agent.sign(older);
            expect(outcome, "a hello before the clock ran ahead is taken", 200,
                    SignedRequests.send(transport, older, olderSignature, outcome.tally()));
            byte[] ahead = SignedRequests.ahead(agent, "oco.agent.hello", fleet.template().helloJson(agent), DAY);
            String aheadSignature = agent.sign(ahead);
            AgentTransport.Response aheadAnswer = SignedRequests.send(transport, ahead, aheadSignature, outcome.tally());
            if (aheadAnswer.status() != 200) {
                outcome.expect(aheadAnswer.status() == 400, "a hello a day ahead is taken or refused as out of range",
                        "HTTP " + aheadAnswer.status());
                outcome.observe("a hello a day ahead was refused (" + aheadAnswer.status() + "): no lock-out to recover");
                return;
            }
            byte[] corrected = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
            AgentTransport.Response locked = SignedRequests.send(transport, corrected, agent.sign(corrected),
                    outcome.tally());
            outcome.observe("after the clock was corrected the agent got HTTP " + locked.status()
                    + (locked.status() == 401 ? " (locked out until real time catches up)" : ""));
            Admin.Reply remedy = admin.call(REMEDY, Map.of("id", id));
            if (!outcome.expect(remedy.ok(), "the admin has a remedy (" + REMEDY + ")", remedy.error())) {
                Admin.Reply reset = admin.call("oco.computer.reset_keys", Map.of("id", id));
                byte[] afterReset = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
                outcome.observe("oco.computer.reset_keys answered " + (reset.ok() ? "ok" : reset.error())
                        + "; the agent's next hello with its own key: HTTP " + SignedRequests.send(transport, afterReset,
                        agent.sign(afterReset), outcome.tally()).status());
                return;
            }
            byte[] recovered = agent.request("oco.agent.hello", fleet.template().helloJson(agent));
            String recoveredSignature = agent.sign(recovered);
            expect(outcome, "the corrected agent checks in with its own key", 200,
                    SignedRequests.send(transport, recovered, recoveredSignature, outcome.tally()));
            expect(outcome, "a replay of that hello is refused", 401,
                    SignedRequests.send(transport, recovered, recoveredSignature, outcome.tally()));
            expect(outcome, "a replay of the hello from a day ahead is refused", 401,
                    SignedRequests.send(transport, ahead, aheadSignature, outcome.tally()));
            expect(outcome, "a replay of a hello from before is refused", 401,
                    SignedRequests.send(transport, older, olderSignature, outcome.tally()));
        }
    }

    private static void expect(Outcome outcome, String what, int status, AgentTransport.Response response) {
        outcome.expect(response.status() == status, what + " (" + status + ")", "HTTP " + response.status() + " "
                + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
    }
}
