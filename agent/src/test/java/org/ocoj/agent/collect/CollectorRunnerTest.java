package org.ocoj.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.inventory.SoftwarePackage;

class CollectorRunnerTest {
    private static final AgentCollectorContext LINUX = new AgentCollectorContext(
            new Platform(OsFamily.LINUX, "amd64"), Optional.of(Instant.EPOCH), (section, key) -> Optional.empty());
    private static final SoftwarePackage BASH = new SoftwarePackage("bash", "5.2.15-2+b7", "GNU Bourne Again SHell");
    private static final NetworkAddress ETH0 = new NetworkAddress("eth0", "192.0.2.2", "255.255.255.0", "192.0.2.255", "02:fc:00:00:00:01");

    @Test
    void aThrowingAndAHangingCollectorDoNotStopTheOthers() {
        CollectorRunner runner = new CollectorRunner(List.of(
                StubCollector.failing("broken", InventorySection.PRINTERS),
                StubCollector.hanging("stuck", InventorySection.SCREENS, Duration.ofMillis(300)),
                StubCollector.returning("dpkg", InventorySection.SOFTWARE, BASH),
                StubCollector.returning("net", InventorySection.NETWORKS, ETH0)));

        long start = System.nanoTime();
        CollectedInventory inventory = runner.collect(EnumSet.allOf(InventorySection.class), LINUX);

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0, "time limit enforced");
        assertEquals(List.of(BASH), inventory.items(InventorySection.SOFTWARE, SoftwarePackage.class));
        assertEquals(List.of(ETH0), inventory.items(InventorySection.NETWORKS, NetworkAddress.class));
        assertEquals(Set.of(InventorySection.PRINTERS, InventorySection.SCREENS), inventory.leftOut());
        assertFalse(inventory.has(InventorySection.PRINTERS));
    }

    @Test
    void customSectionsAreNamespacedByTheirPluginAndLeftOutOnlyForTheFailedCollector() {
        CustomSection load = new CustomSection("load", Map.of("load1", 0.5, "units", List.of("a.service")));
        CollectorRunner runner = new CollectorRunner(() -> List.of(
                StubCollector.returning("uptime", InventorySection.CUSTOM, load),
                StubCollector.failing("tpm", InventorySection.CUSTOM)),
                collector -> collector.id().equals("uptime") ? "sys-health" : "tpm-plugin");

        CollectedInventory inventory = runner.collect(EnumSet.allOf(InventorySection.class), LINUX);

        assertEquals(Map.of("sys-health.load", load.content()), inventory.custom());
        Map<String, Object> data = InventoryJson.updateData(inventory, "pc-1", "1.2.0");
        assertEquals(Map.of("sys-health.load", load.content()), data.get(InventoryJson.CUSTOM_MEMBER));
    }

    @Test
    void noCustomMemberWithoutCustomSections() {
        CollectorRunner runner = new CollectorRunner(List.of(StubCollector.returning("dpkg", InventorySection.SOFTWARE, BASH)));
        Map<String, Object> data = InventoryJson.updateData(runner.collect(EnumSet.allOf(InventorySection.class), LINUX),
                "pc-1", "1.2.0");
        assertFalse(data.containsKey(InventoryJson.CUSTOM_MEMBER), "what the upstream server sees is unchanged");
    }

    @Test
    void leavesASectionOutWhenOneOfItsCollectorsFails() { // never send half a software list
        CollectorRunner runner = new CollectorRunner(List.of(
                StubCollector.returning("dpkg", InventorySection.SOFTWARE, BASH),
                StubCollector.failing("rpm", InventorySection.SOFTWARE)));

        CollectedInventory inventory = runner.collect(EnumSet.of(InventorySection.SOFTWARE), LINUX);

        assertFalse(inventory.has(InventorySection.SOFTWARE));
        assertEquals(Set.of(InventorySection.SOFTWARE), inventory.leftOut());
    }

    @Test
    void dropsItemsOfUndeclaredSectionsAndRunsOnlyWhatIsWanted() {
        CollectorRunner runner = new CollectorRunner(List.of(
                new StubCollector("liar", Set.of(InventorySection.NETWORKS), Duration.ofSeconds(5), () -> List.of(ETH0, BASH)),
                StubCollector.failing("not-wanted", InventorySection.PRINTERS)));

        CollectedInventory inventory = runner.collect(EnumSet.of(InventorySection.NETWORKS), LINUX);

        assertEquals(List.of(ETH0), inventory.items(InventorySection.NETWORKS, NetworkAddress.class));
        assertFalse(inventory.has(InventorySection.SOFTWARE));
        assertEquals(Set.of(), inventory.leftOut());
    }

    @Test
    void skipsCollectorsThatDoNotApplyToThePlatform() {
        CollectorRunner runner = new CollectorRunner(List.of(StubCollector.returning("dpkg", InventorySection.SOFTWARE, BASH)));
        AgentCollectorContext other = new AgentCollectorContext(new Platform(OsFamily.OTHER, "x"), Optional.empty(), (s, k) -> Optional.empty());

        assertFalse(runner.collect(EnumSet.allOf(InventorySection.class), other).has(InventorySection.SOFTWARE));
    }
}
