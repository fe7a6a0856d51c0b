package org.ocoj.tools.reliability.agents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.verify.ClientApi;
import org.ocoj.tools.reliability.target.Target;

/**
 * Simulated agents (the load generator's) ready for a scenario: pre-registered by the admin, registered with
 * the registration key, and their issued key confirmed by a second hello — so later requests go the normal way.
 * Their keys are added to the target's secrets, so any answer or log that reveals one is caught.
 */
public final class Fleet implements AutoCloseable {

    private final Target target;
    private final AgentTransport transport;
    private final InventoryTemplate template = InventoryTemplate.load(null);
    private final String prefix;
    /** Simulated machines (uid, serial, addresses) are numbered from here: fleets of up to 1,000 never collide. */
    private final int firstIndex = ThreadLocalRandom.current().nextInt(1, 2_000) * 1_000;

    public Fleet(Target target, String name) {
        this(target, name, Duration.ofSeconds(30));
    }

    /** @param timeout how long its agents wait for an answer */
    public Fleet(Target target, String name, Duration timeout) {
        this.target = target;
        this.transport = new AgentTransport(target.url(), timeout);
        this.prefix = "rel-" + name + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    public AgentTransport transport() {
        return transport;
    }

    public InventoryTemplate template() {
        return template;
    }

    /** Hostnames of this fleet start with this (fresh per fleet, so runs against one database never clash). */
    public String prefix() {
        return prefix;
    }

    /** An agent the admin pre-registered but that has not said hello yet: it still holds the registration key. */
    public SimulatedAgent preRegistered(int n) {
        SimulatedAgent agent = new SimulatedAgent(firstIndex + n, prefix + n, target.credentials().registrationKey(), null);
        target.clientApi().createComputer(agent.hostname());
        return agent;
    }

    /** {@code count} registered agents with confirmed keys. */
    public List<SimulatedAgent> registered(int count) throws AgentFailure {
        List<SimulatedAgent> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            agents.add(register(preRegistered(i)));
        }
        return agents;
    }

    /** Registers a pre-registered agent and confirms its key; its keys become watched secrets. */
    public SimulatedAgent register(SimulatedAgent agent) throws AgentFailure {
        agent.call(transport, "oco.agent.hello", template.helloJson(agent));
        agent.call(transport, "oco.agent.hello", template.helloJson(agent));
        target.secrets().add("agent key of " + agent.hostname(), agent.agentKey());
        target.secrets().add("server key of " + agent.hostname(), agent.serverKey());
        return agent;
    }

    /** A hello as the agent sends it; the answer is checked like the agent does. */
    public SimulatedAgent.Reply hello(SimulatedAgent agent) throws AgentFailure {
        return agent.call(transport, "oco.agent.hello", template.helloJson(agent));
    }

    /** The computer's id as the client API knows it. */
    public long computerId(SimulatedAgent agent) {
        Long id = target.clientApi().computerIds().get(agent.hostname().toLowerCase(java.util.Locale.ROOT));
        if (id == null) {
            throw new IllegalStateException(agent.hostname() + " is not in oco.computer.list");
        }
        return id;
    }

    public ClientApi api() {
        return target.clientApi();
    }

    @Override
    public void close() {
        transport.close();
    }
}
