package org.ocoj.tools.reliability.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.verify.InventoryVerifier;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * One signed request sent 2, 10 and 50 times at once (a captured request replayed by an attacker, or a proxy
 * that retries): exactly one copy is taken, every other is refused without a 5xx, and the update that was taken
 * is stored as sent.
 */
public final class ReplayScenario implements Scenario {

    private static final int[] COPIES = {2, 10, 50};

    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String promise() {
        return "a signed hello or update sent 2/10/50 times at once is taken exactly once (one 200, the rest 401)";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        try (Fleet fleet = new Fleet(target, "replay")) {
            List<SimulatedAgent> agents = fleet.registered(COPIES.length * 2);
            int next = 0;
            for (int copies : COPIES) {
                SimulatedAgent greeter = agents.get(next++);
                replay(outcome, fleet, greeter, "oco.agent.hello", fleet.template().helloJson(greeter), copies);
                SimulatedAgent updater = agents.get(next++);
                if (replay(outcome, fleet, updater, "oco.agent.update", fleet.template().updateJson(updater, 0), copies)) {
                    updater.sentInventory(0);
                }
            }
            List<SimulatedAgent> updated = agents.stream().filter(a -> a.inventoryVersion() == 0).toList();
            InventoryVerifier.Result stored = new InventoryVerifier(target.clientApi(), fleet.template(), 2)
                    .verify(updated);
            outcome.lost(stored.mismatched());
            outcome.expect(stored.ok(), "the update taken is stored as sent", String.join("; ", stored.problems()));
        }
        return outcome.result();
    }

    /** @return true if exactly one copy was taken */
    private static boolean replay(Outcome outcome, Fleet fleet, SimulatedAgent agent, String method, String data,
                                  int copies) throws Exception {
        byte[] body = agent.request(method, data);
        String signature = agent.sign(body);
        AgentTransport transport = fleet.transport();
        ExecutorService senders = Executors.newFixedThreadPool(copies);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<AgentTransport.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                answers.add(senders.submit(() -> {
                    go.await();
                    return transport.post(body, signature);
                }));
            }
            go.countDown();
            int taken = 0;
            int refused = 0;
            for (Future<AgentTransport.Response> answer : answers) {
                int status;
                try {
                    status = answer.get().status();
                } catch (java.util.concurrent.ExecutionException e) {
                    status = e.getCause() instanceof AgentFailure ? 0 : -1;
                }
                outcome.tally().count(status);
                taken += status == 200 ? 1 : 0;
                refused += status == 401 ? 1 : 0;
            }
            String what = method + " ×" + copies;
            outcome.expect(taken == 1 && refused == copies - 1, what + " is taken exactly once",
                    taken + " taken (200), " + refused + " refused (401), " + (copies - taken - refused) + " other");
            return taken == 1;
        } finally {
            senders.shutdownNow();
        }
    }
}
