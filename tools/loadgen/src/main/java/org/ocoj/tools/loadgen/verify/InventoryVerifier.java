package org.ocoj.tools.loadgen.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ocoj.tools.loadgen.inventory.ExpectedInventory;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;

/**
 * After a run: asks the client API for every agent that sent an inventory and compares what the server
 * stored with the last inventory that agent sent (machine fields, package set, network set).
 */
public final class InventoryVerifier {

    /** @param problems at most the first 20 differences, one readable line each */
    public record Result(int checked, int mismatched, List<String> problems) {
        public boolean ok() {
            return mismatched == 0;
        }
    }

    private static final int MAX_PROBLEMS = 20;

    private final ClientApi api;
    private final InventoryTemplate template;
    private final int threads;

    public InventoryVerifier(ClientApi api, InventoryTemplate template, int threads) {
        this.api = api;
        this.template = template;
        this.threads = Math.max(1, threads);
    }

    public Result verify(List<SimulatedAgent> agents) throws InterruptedException {
        Map<String, Long> ids = api.computerIds();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger mismatched = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SimulatedAgent agent : agents) {
                if (agent.inventoryVersion() < 0) {
                    continue;
                }
                futures.add(pool.submit(() -> {
                    checked.incrementAndGet();
                    String problem = check(agent, ids.get(agent.hostname().toLowerCase(Locale.ROOT)));
                    if (problem != null) {
                        mismatched.incrementAndGet();
                        if (problems.size() < MAX_PROBLEMS) {
                            problems.add(problem);
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    mismatched.incrementAndGet();
                    problems.add("verification failed: " + e.getCause().getMessage());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(checked.get(), mismatched.get(), List.copyOf(problems));
    }

    private String check(SimulatedAgent agent, Long id) {
        if (id == null) {
            return agent.hostname() + ": not in oco.computer.list";
        }
        return mismatch(agent, id, agent.inventoryVersion());
    }

    /**
     * Compares what the server stored for a computer with the agent's inventory {@code version}: machine fields,
     * package set (each package once) and network set.
     *
     * @return null if the stored inventory is exactly that version, else what differs
     */
    public String mismatch(SimulatedAgent agent, long id, int version) {
        ExpectedInventory expected = template.expected(agent, version);
        JsonNode stored = api.computer(id);
        JsonNode general = stored.path("general");
        for (Map.Entry<String, String> field : expected.general().entrySet()) {
            String actual = general.path(field.getKey()).asText();
            if (!field.getValue().equals(actual)) {
                return agent.hostname() + ": " + field.getKey() + " is '" + actual + "', sent '" + field.getValue() + "'";
            }
        }
        Set<String> packages = new HashSet<>();
        for (JsonNode row : stored.path("recognised_software")) {
            packages.add(ExpectedInventory.packageKey(row.path("software_name").asText(),
                    row.path("software_version").asText(), row.path("software_description").asText()));
        }
        if (packages.size() != stored.path("recognised_software").size()) {
            return agent.hostname() + ": " + (stored.path("recognised_software").size() - packages.size())
                    + " duplicate package rows";
        }
        String difference = difference("packages", expected.packages(), packages);
        if (difference != null) {
            return agent.hostname() + " (inventory version " + version + "): " + difference;
        }
        Set<String> networks = new HashSet<>();
        for (JsonNode row : stored.path("networks")) {
            networks.add(ExpectedInventory.networkKey(row.path("address").asText(), row.path("mac").asText(),
                    row.path("interface").asText()));
        }
        difference = difference("networks", expected.networks(), networks);
        return difference == null ? null : agent.hostname() + ": " + difference;
    }

    private static String difference(String what, Set<String> expected, Set<String> actual) {
        if (expected.equals(actual)) {
            return null;
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        return what + ": " + missing.size() + " sent but not stored (e.g. " + first(missing) + "), " + extra.size()
                + " stored but not sent (e.g. " + first(extra) + ")";
    }

    private static String first(Set<String> values) {
        return values.isEmpty() ? "-" : values.iterator().next().replace('\u0000', ' ');
    }
}
