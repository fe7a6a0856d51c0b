package org.ocoj.tools.loadgen.crash;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ocoj.tools.loadgen.inventory.InventoryTemplate;
import org.ocoj.tools.loadgen.protocol.AgentTransport;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.loadgen.verify.ClientApi;

/**
 * A node of a cluster lost under load: a mixed load (registrations, hellos, inventory updates, event batches) runs
 * against a load balancer in front of the nodes, one node is killed while it runs ({@code kill}: the caller's
 * {@code kill -9}), the load goes on through the nodes left, and then every acknowledged write is checked (the
 * same ledger and checks as the crash test, {@link CrashScenario}). Nothing is restarted by this class: the cluster
 * is expected to carry on with the nodes it has. Several disruptions may follow each other under the same load
 * (e.g. a rolling upgrade of each node, then a kill): each runs when the one before has returned. The API for tests
 * (the cluster end-to-end test) and for measuring by hand.
 *
 * @param target the load balancer, e.g. {@code http://127.0.0.1:8080/}
 * @param agents simulated agents; each registers itself (self-registration must be on)
 * @param concurrency parallel requests
 * @param before load before the first disruption
 * @param after load after the last disruption
 * @param out progress lines and the result
 */
public record NodeLoss(URI target, String registrationKey, ClientApi api, int agents, int concurrency,
        Duration before, Duration after, long seed, PrintStream out) {

    /**
     * What happened: {@code lost} counts acknowledged writes not found afterwards (must be 0); {@code
     * acknowledgedDuring} the requests acknowledged from each disruption's start until the next one's (the last: until
     * the load ended), which shows that agents went on through the nodes left; {@code failuresAfterKill} the failed
     * requests from the first disruption on, by kind.
     */
    public record Report(long requests, long acknowledged, List<Long> acknowledgedDuring, long inDoubt,
            Map<String, Long> failuresAfterKill, int keysChecked, int inventoriesChecked, long lost,
            List<String> problems) {

        public boolean ok() {
            return lost == 0 && problems.isEmpty();
        }

        /** Acknowledged from the last disruption's start on. */
        public long acknowledgedAfterKill() {
            return acknowledgedDuring.get(acknowledgedDuring.size() - 1);
        }

        public String summary() {
            return String.format("node loss: %d requests, %d acknowledged (%s from each disruption on), %d in doubt "
                            + "%s; checked %d keys and %d inventories: %d lost%s", requests, acknowledged,
                    acknowledgedDuring, inDoubt, failuresAfterKill, keysChecked, inventoriesChecked, lost,
                    problems.isEmpty() ? "" : " " + problems);
        }
    }

    public Report run(Runnable kill) throws InterruptedException {
        return run(List.of(kill));
    }

    /** Runs {@code disruptions} one after the other under the load. */
    public Report run(List<Runnable> disruptions) throws InterruptedException {
        Random random = new Random(seed);
        InventoryTemplate template = InventoryTemplate.load(null);
        LoadCounts counts = new LoadCounts();
        List<CrashAgent> fleet = new ArrayList<>();
        String prefix = "node-loss-" + Long.toHexString(seed & 0xffff) + "-" + Long.toHexString(System.nanoTime() & 0xfffff)
                + "-";
        for (int i = 0; i < agents; i++) {
            fleet.add(new CrashAgent(new SimulatedAgent(i, prefix + i, registrationKey, null)));
        }
        try (AgentTransport transport = new AgentTransport(target, Duration.ofSeconds(30))) {
            MixedLoad load = new MixedLoad(transport, template, counts, concurrency, random.nextLong(), false);
            load.start(fleet);
            Thread.sleep(before.toMillis());
            counts.takeFailures();
            List<Long> during = new ArrayList<>();
            for (int i = 0; i < disruptions.size(); i++) {
                long acknowledgedBefore = counts.acknowledged.get();
                out.printf("node loss: %d requests acknowledged before disruption %d of %d%n", acknowledgedBefore,
                        i + 1, disruptions.size());
                disruptions.get(i).run();
                if (i == disruptions.size() - 1) {
                    Thread.sleep(after.toMillis());
                }
                during.add(counts.acknowledged.get() - acknowledgedBefore);
            }
            load.stop();
            Map<String, Long> failures = counts.takeFailures();
            DurabilityCheck check = new DurabilityCheck(transport, template, api, concurrency, random.nextLong());
            DurabilityCheck.Findings findings = check.run(fleet, true);
            Report report = new Report(counts.requests.get(), counts.acknowledged.get(), List.copyOf(during),
                    counts.inDoubt.get(), failures, findings.keysChecked(), findings.inventoriesChecked(),
                    findings.lost(), findings.problems());
            out.println(report.summary());
            return report;
        }
    }
}
