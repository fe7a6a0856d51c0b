package org.ocoj.tools.loadgen.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.db.SeedKeys;
import org.ocoj.tools.loadgen.stats.ErrorKind;
import org.ocoj.tools.loadgen.verify.InventoryVerifier;

/**
 * One load run: prepare the agents (register, first inventory — not measured), drive the measured phase with
 * {@code concurrency} workers until the duration, the request limit or (once-per-agent modes) the agents run
 * out, then verify through the client API what the server stored.
 */
public final class LoadRun {

    private final RunSettings settings;
    private final PrintStream out;
    private final InventoryTemplate template;
    private final AgentTransport transport;

    public LoadRun(RunSettings settings) {
        this.settings = settings;
        this.out = settings.out();
        this.template = InventoryTemplate.load(settings.updateCapture());
        this.transport = new AgentTransport(settings.target(), settings.timeout());
    }

    public RunResult run() throws InterruptedException {
        return run(() -> { });
    }

    /** A run that calls {@code measuring} when the measured phase starts (after preparation and warm-up). */
    public RunResult run(Runnable measuring) throws InterruptedException {
        List<SimulatedAgent> agents = agents();
        out.printf("loadgen: %s against %s: %d agents, concurrency %d, up to %ds / %d requests%s (%d packages)%n",
                settings.mode().option(), settings.target(), agents.size(), settings.concurrency(),
                settings.duration().toSeconds(), settings.maxRequests(),
                settings.rate() > 0 ? ", " + settings.rate() + " req/s" : "", template.packageCount());
        AgentSteps preparation = prepare(agents);
        warmUp(agents);
        AgentSteps steps = new AgentSteps(transport, template);
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        measuring.run();
        try (Progress progress = Progress.start(out, steps.total(), settings.progressEvery())) {
            measure(agents, steps, completed, settings.duration());
        }
        long elapsedNanos = System.nanoTime() - start;
        InventoryVerifier.Result verification = null;
        if (settings.verify()) {
            out.println("loadgen: verifying the stored inventories through the client API …");
            verification = new InventoryVerifier(settings.clientApi(), template, Math.min(4, settings.concurrency()))
                    .verify(agents);
        }
        RunResult result = new RunResult(settings.mode(), elapsedNanos, steps.total(), steps.byMethod(),
                completed.get(), preparation.total(), verification);
        result.print(out);
        return result;
    }

    private List<SimulatedAgent> agents() {
        List<SimulatedAgent> agents = new ArrayList<>(settings.agents());
        RunSettings.SeededAgents seeded = settings.seeded();
        for (int i = 0; i < settings.agents(); i++) {
            if (seeded != null) {
                String hostname = seeded.prefix() + i;
                SimulatedAgent agent = new SimulatedAgent(i, hostname, SeedKeys.agentKey(seeded.secret(), hostname),
                        SeedKeys.serverKey(seeded.secret(), hostname));
                agent.markRegistered();
                agents.add(agent);
            } else {
                agents.add(new SimulatedAgent(i, settings.hostnamePrefix() + i, settings.registrationKey(), null));
            }
        }
        return agents;
    }

    /** Unmeasured: computers created by the admin, agents registered and their first inventory sent. */
    private AgentSteps prepare(List<SimulatedAgent> agents) throws InterruptedException {
        AgentSteps steps = new AgentSteps(transport, template);
        long start = System.nanoTime();
        if (settings.preRegister() && settings.seeded() == null) {
            forEach(agents, agent -> settings.clientApi().createComputer(agent.hostname()));
        }
        // seeded computers have keys but have never been in contact: their first hello stores their networks
        // (the expensive first contact), so it belongs to the preparation like a registration does
        if (settings.mode().registeredFirst()) {
            forEach(agents, steps::hello);
        }
        if (settings.mode().updatedFirst()) {
            forEach(agents, agent -> steps.update(agent, 0));
        }
        if (steps.total().requests() > 0) {
            out.printf("loadgen: prepared in %.1fs (%d requests, %d errors)%n", (System.nanoTime() - start) / 1e9,
                    steps.total().requests(), steps.total().errorCount());
        }
        if (steps.total().errorCount() > 0) {
            steps.total().errorsByLabel().forEach((label, count) -> out.printf("  %-12s %d  e.g. %s%n", label, count,
                    steps.total().example(label)));
            throw new IllegalStateException("Preparing the agents failed; see the errors above");
        }
        return steps;
    }

    private void forEach(List<SimulatedAgent> agents, Consumer<SimulatedAgent> action) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency());
        try {
            agents.forEach(agent -> pool.submit(() -> action.accept(agent)));
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        }
    }

    /** Unmeasured: the same load for {@code --warmup}; errors here fail the run like preparation errors. */
    private void warmUp(List<SimulatedAgent> agents) throws InterruptedException {
        if (settings.warmup().isZero()) {
            return;
        }
        AgentSteps steps = new AgentSteps(transport, template);
        measure(agents, steps, new AtomicInteger(), settings.warmup());
        out.printf("loadgen: warmed up for %ds (%d requests, %d errors, not counted)%n", settings.warmup().toSeconds(),
                steps.total().requests(), steps.total().errorCount());
        if (steps.total().errorCount() > 0) {
            throw new IllegalStateException("Errors while warming up; see the server log");
        }
    }

    private void measure(List<SimulatedAgent> agents, AgentSteps steps, AtomicInteger completed, Duration duration)
            throws InterruptedException {
        long now = System.nanoTime();
        long deadline = now + duration.toNanos();
        DelayQueue<Due> queue = new DelayQueue<>();
        long spread = settings.mode() == Mode.MIXED ? settings.interval().toNanos() / agents.size() : 0;
        for (SimulatedAgent agent : agents) {
            queue.add(new Due(agent, now + spread * agent.index()));
        }
        Pacer pacer = new Pacer(settings.rate());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < settings.concurrency(); i++) {
            Thread worker = new Thread(() -> work(queue, deadline, pacer, steps, completed), "loadgen-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void work(DelayQueue<Due> queue, long deadline, Pacer pacer, AgentSteps steps, AtomicInteger completed) {
        Mode mode = settings.mode();
        try {
            while (System.nanoTime() < deadline && steps.total().requests() < settings.maxRequests()) {
                Due due = queue.poll(100, TimeUnit.MILLISECONDS);
                if (due == null) {
                    if (mode.oncePerAgent() && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                pacer.await();
                if (step(due.agent, steps)) {
                    completed.incrementAndGet();
                }
                if (!mode.oncePerAgent()) {
                    long next = mode == Mode.MIXED ? due.at + settings.interval().toNanos() : System.nanoTime();
                    queue.add(new Due(due.agent, next));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One agent's turn. @return true if every request of it succeeded */
    private boolean step(SimulatedAgent agent, AgentSteps steps) {
        switch (settings.mode()) {
            case UPDATE:
                return steps.update(agent, 0);
            case CHANGED_UPDATE:
                return steps.update(agent, agent.inventoryVersion() + 1);
            case FIRST_UPDATE_STORM: {
                SimulatedAgent.Reply reply = steps.hello(agent);
                if (reply == null) {
                    return false;
                }
                if (!reply.updateWanted()) {
                    steps.failure(AgentSteps.HELLO, new AgentFailure(ErrorKind.PROTOCOL, "new computer "
                            + agent.hostname() + " was not asked for its inventory (update != 1)"));
                    return false;
                }
                return steps.update(agent, 0);
            }
            case MIXED: {
                SimulatedAgent.Reply reply = steps.hello(agent);
                return reply != null && (!reply.updateWanted() || steps.update(agent, 0));
            }
            default: // REGISTER, HELLO
                return steps.hello(agent) != null;
        }
    }

    /** An agent and when it is due next. */
    private static final class Due implements Delayed {
        final SimulatedAgent agent;
        final long at;

        Due(SimulatedAgent agent, long at) {
            this.agent = agent;
            this.at = at;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(at, ((Due) other).at);
        }
    }
}
