package org.ocoj.tools.loadgen.crash;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.PythonJson;
import org.ocoj.tools.loadgen.stats.ErrorKind;

/**
 * The load a crash interrupts: workers take idle agents and send what a fleet sends — registrations (first
 * hello with the registration key), hellos, first and changed inventory updates, event batches — and record each
 * answer in the agent's ledger. Agents whose state is in doubt rest until the next check has settled it.
 */
final class MixedLoad {

    private final AgentTransport transport;
    private final InventoryTemplate template;
    private final LoadCounts counts;
    private final int concurrency;
    private final Random random;
    private final LinkedBlockingQueue<CrashAgent> idle = new LinkedBlockingQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Set by the first request that finds no server: the crash has come, the round is over. */
    private final AtomicBoolean serverGone = new AtomicBoolean();
    /** False behind a load balancer: a connection lost to one node is no reason to stop (NodeLoss). */
    private final boolean stopWhenServerGone;
    private ExecutorService workers;

    MixedLoad(AgentTransport transport, InventoryTemplate template, LoadCounts counts, int concurrency, long seed) {
        this(transport, template, counts, concurrency, seed, true);
    }

    MixedLoad(AgentTransport transport, InventoryTemplate template, LoadCounts counts, int concurrency, long seed,
              boolean stopWhenServerGone) {
        this.stopWhenServerGone = stopWhenServerGone;
        this.transport = transport;
        this.template = template;
        this.counts = counts;
        this.concurrency = concurrency;
        this.random = new Random(seed);
    }

    /** Starts the workers on the agents that can send (new or acknowledged). */
    void start(List<CrashAgent> agents) {
        idle.clear();
        agents.stream().filter(a -> a.registration == CrashAgent.Registration.NONE || a.active()).forEach(idle::add);
        running.set(true);
        serverGone.set(false);
        workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            long workerSeed = random.nextLong();
            workers.submit(() -> work(new Random(workerSeed)));
        }
    }

    /** Stops taking new steps; waits for the requests under way (they fail fast once the server is gone). */
    void stop() throws InterruptedException {
        running.set(false);
        workers.shutdown();
        if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("load workers did not finish within 2 minutes of the crash");
        }
    }

    private void work(Random random) {
        while (running.get() && !serverGone.get()) {
            CrashAgent agent;
            try {
                agent = idle.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (agent == null) {
                continue;
            }
            step(agent, random);
            if (agent.registration == CrashAgent.Registration.NONE || agent.active()) {
                idle.add(agent);
            }
        }
    }

    private void step(CrashAgent agent, Random random) {
        if (agent.registration == CrashAgent.Registration.NONE) {
            register(agent);
        } else if (agent.doubtfulBatch != null) {
            events(agent);
        } else if (agent.acknowledgedVersion < 0) {
            update(agent);
        } else {
            int dice = random.nextInt(100);
            if (dice < 50) {
                hello(agent);
            } else if (dice < 75) {
                update(agent);
            } else {
                events(agent);
            }
        }
    }

    private void register(CrashAgent agent) {
        try {
            agent.agent.call(transport, "oco.agent.hello", template.helloJson(agent.agent));
            agent.registration = agent.agent.registered() ? CrashAgent.Registration.ACKNOWLEDGED
                    : CrashAgent.Registration.IN_DOUBT;
            agent.dirty = true;
            counts.acknowledged();
        } catch (AgentFailure e) {
            agent.registration = CrashAgent.Registration.IN_DOUBT;
            failed(e);
        }
    }

    private void hello(CrashAgent agent) {
        try {
            agent.agent.call(transport, "oco.agent.hello", template.helloJson(agent.agent));
            counts.acknowledged();
        } catch (AgentFailure e) {
            failed(e); // heartbeats may be lost in a crash; the key is checked after the restart
        }
    }

    private void update(CrashAgent agent) {
        int version = agent.nextVersion();
        agent.dirty = true;
        try {
            agent.agent.call(transport, "oco.agent.update", template.updateJson(agent.agent, version));
            agent.acknowledgedVersion = version;
            agent.doubtfulVersion = -1;
            counts.acknowledged();
        } catch (AgentFailure e) {
            agent.doubtfulVersion = version;
            failed(e);
        }
    }

    private void events(CrashAgent agent) {
        List<Map<String, Object>> batch = agent.eventBatch();
        agent.dirty = true;
        try {
            agent.agent.call(transport, "oco.agent.events", PythonJson.dumps(Map.of("events", batch)));
            agent.acknowledgedEvents += batch.size();
            agent.doubtfulBatch = null;
            counts.acknowledged();
        } catch (AgentFailure e) {
            agent.doubtfulBatch = batch;
            failed(e);
        }
    }

    private void failed(AgentFailure failure) {
        counts.failed(failure);
        if (failure.kind() == ErrorKind.CONNECTION && stopWhenServerGone) {
            serverGone.set(true);
        }
    }
}
