package org.ocoj.tools.loadgen.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.stats.ErrorKind;
import org.ocoj.tools.loadgen.stats.RunStats;

/** The agent requests of a run, each timed and counted per method and in total. */
final class AgentSteps {

    static final String HELLO = "oco.agent.hello";
    static final String UPDATE = "oco.agent.update";

    private final AgentTransport transport;
    private final InventoryTemplate template;
    private final RunStats total = new RunStats();
    private final Map<String, RunStats> byMethod = new ConcurrentHashMap<>();

    AgentSteps(AgentTransport transport, InventoryTemplate template) {
        this.transport = transport;
        this.template = template;
    }

    /** A hello; a first one registers the agent. @return the reply, or null if it failed (counted) */
    SimulatedAgent.Reply hello(SimulatedAgent agent) {
        SimulatedAgent.Reply reply = timed(agent, HELLO, template.helloJson(agent));
        if (reply != null && !reply.params().has("update")) {
            failure(HELLO, new AgentFailure(ErrorKind.PROTOCOL, "hello of " + agent.hostname()
                    + " answered without result.params.update"));
            return null;
        }
        if (reply != null && !agent.registered()) {
            failure(HELLO, new AgentFailure(ErrorKind.PROTOCOL, "registering hello of " + agent.hostname()
                    + " issued no agent-key"));
            return null;
        }
        return reply;
    }

    /** Sends inventory {@code version}; the agent remembers it only when the server took it. */
    boolean update(SimulatedAgent agent, int version) {
        String data = template.updateJson(agent, version);
        if (timed(agent, UPDATE, data) == null) {
            agent.sentInventory(-1); // unknown what the server kept: not verifiable
            return false;
        }
        agent.sentInventory(version);
        return true;
    }

    private SimulatedAgent.Reply timed(SimulatedAgent agent, String method, String data) {
        long start = System.nanoTime();
        try {
            SimulatedAgent.Reply reply = agent.call(transport, method, data);
            long micros = (System.nanoTime() - start) / 1000;
            total.success(micros);
            stats(method).success(micros);
            return reply;
        } catch (AgentFailure failure) {
            failure(method, failure);
            return null;
        }
    }

    void failure(String method, AgentFailure failure) {
        total.failure(failure);
        stats(method).failure(failure);
    }

    private RunStats stats(String method) {
        return byMethod.computeIfAbsent(method, m -> new RunStats());
    }

    RunStats total() {
        return total;
    }

    Map<String, RunStats> byMethod() {
        return byMethod;
    }
}
