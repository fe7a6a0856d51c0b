package org.ocoj.tools.reliability.scenarios;

import java.time.Duration;
import java.util.List;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.Hmac;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.agents.NoAnswer;
import org.ocoj.tools.reliability.agents.SignedRequests;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Hellos whose {@code timestamp} is a number no clock makes — 1e999999999 (turning it into text exhausted the
 * MariaDB driver's memory and took 36 s of CPU on H2), 1e20, 1e1000, 1e100000, and a few more — signed with the
 * agent's own key, and with the registration key by a computer's first contact. Each is refused with a 400 that
 * names the field, quickly; the agent then checks in normally.
 */
public final class HugeTimestampScenario implements Scenario {

    /** Out of any range a timestamp can have: refused as such (400). */
    static final List<String> TIMESTAMPS = List.of("1e999999999", "1e20", "1e1000", "1e100000", "-1",
            "123456789012345678901234567890.5", "1E+308", "17000000000000000000000000000000000000000");
    /** In range but older than the agent's last request: refused as stale (401) or as out of range (400). */
    static final List<String> STALE = List.of("0", "1e-999999999", "0.0000001");
    /** A server that needs longer than this for one number is spending CPU it should not. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "huge-timestamps";
    }

    @Override
    public String promise() {
        return "timestamps like 1e999999999, 1e20, 1e1000, 1e100000 in signed hellos: 400 naming the field, within "
                + QUICKLY.toSeconds() + " s, and the agent checks in normally afterwards";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        return NoAnswer.measured(name(), outcome -> measure(target, outcome));
    }

    private void measure(Target target, Outcome outcome) throws Exception {
        try (Fleet fleet = new Fleet(target, "timestamps")) {
            SimulatedAgent agent = fleet.registered(1).get(0);
            AgentTransport transport = fleet.transport();
            for (String literal : TIMESTAMPS) {
                byte[] body = SignedRequests.withTimestamp(agent, "oco.agent.hello", fleet.template().helloJson(agent),
                        literal);
                refused(outcome, "a hello with timestamp " + literal, transport, body, agent.sign(body));
            }
            for (String literal : STALE) {
                byte[] body = SignedRequests.withTimestamp(agent, "oco.agent.hello", fleet.template().helloJson(agent),
                        literal);
                AgentTransport.Response response = SignedRequests.send(transport, body, agent.sign(body), outcome.tally());
                outcome.expect(response.status() == 400 || response.status() == 401, "a hello with timestamp "
                        + literal + " is refused (400/401)", "HTTP " + response.status());
            }
            outcome.expect(helloWorks(outcome, fleet, agent), "the agent checks in normally afterwards", "refused");
            SimulatedAgent newcomer = fleet.preRegistered(1);
            for (String literal : List.of("1e999999999", "1e100000")) {
                byte[] first = SignedRequests.withTimestamp(newcomer, "oco.agent.hello",
                        fleet.template().helloJson(newcomer), literal);
                refused(outcome, "a first hello (registration key) with timestamp " + literal, transport, first,
                        Hmac.sign(target.credentials().registrationKey(), first));
            }
            outcome.expect(helloWorks(outcome, fleet, newcomer), "the new computer registers normally afterwards",
                    "refused");
        }
        Liveness.Probe after = new Liveness(target).probe(outcome.tally());
        outcome.expect(after.ok(), "the server answers afterwards", String.join("; ", after.failures()));
    }

    private static void refused(Outcome outcome, String what, AgentTransport transport, byte[] body, String signature) {
        long start = System.nanoTime();
        AgentTransport.Response response = SignedRequests.send(transport, body, signature, outcome.tally());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        boolean named = response.body() != null && response.body().contains("timestamp");
        outcome.expect(response.status() == 400 && named, what + " is a 400 naming the field",
                "HTTP " + response.status() + " " + SqlInjectionScenario.abbreviate(String.valueOf(response.body())));
        outcome.expect(took.compareTo(QUICKLY) <= 0, what + " is answered within " + QUICKLY.toSeconds() + " s",
                "took " + took.toMillis() + " ms");
    }

    private static boolean helloWorks(Outcome outcome, Fleet fleet, SimulatedAgent agent) {
        try {
            fleet.hello(agent);
            outcome.tally().count(200);
            return true;
        } catch (org.ocoj.tools.loadgen.protocol.AgentFailure e) {
            outcome.tally().count(0);
            outcome.observe("hello of " + agent.hostname() + ": " + e.getMessage());
            return false;
        }
    }
}
