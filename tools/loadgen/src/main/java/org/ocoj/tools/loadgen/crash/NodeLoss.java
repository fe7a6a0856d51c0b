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
 * same ledger and checks as the crash test, {@link CrashScenario}). Nothing is restarted: the cluster is expected
 * to carry on with the nodes it has. The API for tests (the cluster end-to-end test) and for measuring by hand.
 *
 * @param target the load balancer, e.g. {@code http://127.0.0.1:8080/}
 * @param agents simulated agents; each registers itself (self-registration must be on)
 * @param concurrency parallel requests
 * @param before load before the kill
 * @param after load after the kill
 * @param out progress lines and the result
 */
public record NodeLoss(URI target, String registrationKey, ClientApi api, int agents, int concurrency,
        Duration before, Duration after, long seed, PrintStream out) {

    /**
     * What happened: {@code lost} counts acknowledged writes not found afterwards (must be 0); {@code
     * acknowledgedAfterKill} shows that agents went on through the nodes left.
     */
    public record Report(long requests, long acknowledged, long acknowledgedAfterKill, long inDoubt,
            Map<String, Long> failuresAfterKill, int keysChecked, int inventoriesChecked, long lost,
            List<String> problems) {

        public boolean ok() {
            return lost == 0 && problems.isEmpty();
        }

        public String summary() {
            return String.format("node loss: %d requests, %d acknowledged (%d after the kill), %d in doubt %s; "
                            + "checked %d keys and %d inventories: %d lost%s", requests, acknowledged,
                    acknowledgedAfterKill, inDoubt, failuresAfterKill, keysChecked, inventoriesChecked, lost,
                    problems.isEmpty() ? "" : " " + problems);
        }
    }

    public Report run(Runnable kill) throws InterruptedException {
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
            long acknowledgedBefore = counts.acknowledged.get();
            counts.takeFailures();
            out.printf("node loss: %d requests acknowledged before the kill; killing a node%n", acknowledgedBefore);
            kill.run();
            Thread.sleep(after.toMillis());
            load.stop();
            long afterKill = counts.acknowledged.get() - acknowledgedBefore;
            Map<String, Long> failures = counts.takeFailures();
            DurabilityCheck check = new DurabilityCheck(transport, template, api, concurrency, random.nextLong());
            DurabilityCheck.Findings findings = check.run(fleet, true);
            Report report = new Report(counts.requests.get(), counts.acknowledged.get(), afterKill,
                    counts.inDoubt.get(), failures, findings.keysChecked(), findings.inventoriesChecked(),
                    findings.lost(), findings.problems());
            out.println(report.summary());
            return report;
        }
    }
}
