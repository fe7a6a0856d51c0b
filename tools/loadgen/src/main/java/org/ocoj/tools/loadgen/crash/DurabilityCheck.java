package org.ocoj.tools.loadgen.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.verify.ClientApi;
import org.ocoj.tools.loadgen.verify.InventoryVerifier;

/**
 * After a restart: is everything the server acknowledged still there? Every registered agent's key must still
 * be accepted (a hello answered 200); the inventory of each agent written since the last check, and of a random
 * sample of the others (all of them in the last check), must be exactly the version acknowledged — or the one in
 * doubt, never a mix; each event acknowledged must be stored once; no hostname twice. What was in doubt is
 * settled here: a registration the server kept without the agent hearing of it retires that agent.
 */
final class DurabilityCheck {

    /** What one check found. */
    record Findings(int keysChecked, int inventoriesChecked, int eventLogsChecked, int lost, List<String> problems) {
    }

    private static final int SAMPLE = 20;
    private static final int MAX_PROBLEMS = 20;

    private final AgentTransport transport;
    private final InventoryTemplate template;
    private final ClientApi api;
    private final InventoryVerifier inventories;
    private final int threads;
    private final Random random;

    DurabilityCheck(AgentTransport transport, InventoryTemplate template, ClientApi api, int threads, long seed) {
        this.transport = transport;
        this.template = template;
        this.api = api;
        this.inventories = new InventoryVerifier(api, template, threads);
        this.threads = threads;
        this.random = new Random(seed);
    }

    Findings run(List<CrashAgent> agents, boolean everything) throws InterruptedException {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger lost = new AtomicInteger();
        parallel(agents.stream().filter(a -> a.registration == CrashAgent.Registration.IN_DOUBT).toList(),
                agent -> settleRegistration(agent, problems));
        Map<String, Long> ids = computerIds(problems); // after settling: an agent may have registered just now
        List<CrashAgent> active = agents.stream().filter(CrashAgent::active).toList();
        parallel(active, agent -> checkKey(agent, lost, problems));
        List<CrashAgent> deep = new ArrayList<>(everything ? active : active.stream().filter(a -> a.dirty).toList());
        if (!everything) {
            List<CrashAgent> others = new ArrayList<>(active.stream().filter(a -> !a.dirty).toList());
            Collections.shuffle(others, random);
            deep.addAll(others.subList(0, Math.min(SAMPLE, others.size())));
        }
        AtomicInteger inventoriesChecked = new AtomicInteger();
        AtomicInteger eventLogsChecked = new AtomicInteger();
        parallel(deep, agent -> {
            Long id = ids.get(agent.agent.hostname().toLowerCase(Locale.ROOT));
            if (id == null) {
                lose(agent, lost, problems, "registered, but not in oco.computer.list");
                return;
            }
            if (agent.acknowledgedVersion >= 0 || agent.doubtfulVersion >= 0) {
                inventoriesChecked.incrementAndGet();
                checkInventory(agent, id, lost, problems);
            }
            if (agent.acknowledgedEvents > 0 || agent.doubtfulBatch != null) {
                eventLogsChecked.incrementAndGet();
                checkEvents(agent, id, lost, problems);
            }
            agent.dirty = false;
        });
        List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        return new Findings(active.size(), inventoriesChecked.get(), eventLogsChecked.get(), lost.get(),
                List.copyOf(shown));
    }

    private Map<String, Long> computerIds(List<String> problems) {
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode computer : api.call("oco.computer.list", Map.of()).path("computers")) {
            String hostname = computer.path("hostname").asText().toLowerCase(Locale.ROOT);
            if (ids.put(hostname, computer.path("id").asLong()) != null) {
                problems.add(hostname + ": listed twice (duplicate computer rows)");
            }
        }
        return ids;
    }

    /** The agent never heard whether it was registered: it tries again with the registration key. */
    private void settleRegistration(CrashAgent agent, List<String> problems) {
        try {
            agent.agent.call(transport, "oco.agent.hello", template.helloJson(agent.agent));
            agent.registration = agent.agent.registered() ? CrashAgent.Registration.ACKNOWLEDGED
                    : CrashAgent.Registration.RETIRED;
            agent.dirty = true;
        } catch (AgentFailure e) {
            // 401: the server kept the registration but its answer never arrived; the agent is locked out, as a
            // real agent would be (an admin's reset_keys helps): not a loss of anything acknowledged
            agent.registration = CrashAgent.Registration.RETIRED;
            if (!e.label().equals("http 401")) {
                problems.add("re-registering " + agent.agent.hostname() + " after the crash: " + e.getMessage());
            }
        }
    }

    private void checkKey(CrashAgent agent, AtomicInteger lost, List<String> problems) {
        try {
            agent.agent.call(transport, "oco.agent.hello", template.helloJson(agent.agent));
        } catch (AgentFailure e) {
            lose(agent, lost, problems, "its acknowledged key is refused after the crash: " + e.getMessage());
        }
    }

    private void checkInventory(CrashAgent agent, long id, AtomicInteger lost, List<String> problems) {
        int acknowledged = agent.acknowledgedVersion;
        int doubtful = agent.doubtfulVersion;
        String asAcknowledged = acknowledged >= 0 ? inventories.mismatch(agent.agent, id, acknowledged) : "none sent";
        if (acknowledged >= 0 && asAcknowledged == null) {
            agent.doubtfulVersion = -1;
            return;
        }
        if (doubtful >= 0 && inventories.mismatch(agent.agent, id, doubtful) == null) {
            agent.acknowledgedVersion = doubtful; // the request in doubt was kept: fine either way
            agent.doubtfulVersion = -1;
            return;
        }
        if (acknowledged < 0 && api.computer(id).path("recognised_software").isEmpty()) {
            agent.doubtfulVersion = -1; // its first update was lost before it was acknowledged: fine
            return;
        }
        lose(agent, lost, problems, "stored inventory is neither version " + acknowledged + " (acknowledged) nor "
                + doubtful + " (in doubt): " + asAcknowledged);
    }

    private void checkEvents(CrashAgent agent, long id, AtomicInteger lost, List<String> problems) {
        long stored = api.call("oco.event.list", Map.of("computer_id", id, "limit", 1)).path("total").asLong();
        long acknowledged = agent.acknowledgedEvents;
        int doubtful = agent.doubtfulBatch == null ? 0 : agent.doubtfulBatch.size();
        if (stored == acknowledged + doubtful && doubtful > 0) {
            agent.acknowledgedEvents += doubtful; // the batch in doubt was kept
            agent.doubtfulBatch = null;
        } else if (stored != acknowledged) {
            lose(agent, lost, problems, stored + " events stored, " + acknowledged + " acknowledged"
                    + (doubtful > 0 ? " (+" + doubtful + " in doubt)" : ""));
        }
    }

    /** Counts a loss once: the agent leaves the test, so later checks do not count it again. */
    private static void lose(CrashAgent agent, AtomicInteger lost, List<String> problems, String what) {
        if (agent.registration == CrashAgent.Registration.RETIRED) {
            return;
        }
        agent.registration = CrashAgent.Registration.RETIRED;
        lost.incrementAndGet();
        problems.add(agent.agent.hostname() + ": " + what);
    }

    private interface Check {
        void run(CrashAgent agent) throws Exception;
    }

    private void parallel(List<CrashAgent> agents, Check check) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (CrashAgent agent : agents) {
                futures.add(pool.submit(() -> {
                    check.run(agent);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("checking after the crash failed: " + e.getCause().getMessage(),
                            e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
