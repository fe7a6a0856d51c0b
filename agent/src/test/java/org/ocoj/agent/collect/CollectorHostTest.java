package org.ocoj.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.PluginApi;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;
import org.pf4j.PluginRuntimeException;

/** Loads a real collector plugin jar, built here the way a third party builds one, through PF4J. */
class CollectorHostTest {
    @TempDir
    Path dir;

    @Test
    void findsCollectorsInPluginJarsAndRunsThem() throws Exception {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        TestCollectorJar.build(plugins.resolve("example-hello-1.0.0.jar"), "example-hello", "1.0.0", dir);

        try (CollectorHost host = CollectorHost.start(plugins)) {
            List<Collector> collectors = host.collectors();
            assertEquals(List.of("example-hello"), collectors.stream().map(Collector::id).toList());

            CollectedInventory inventory = new CollectorRunner(collectors).collect(EnumSet.allOf(InventorySection.class),
                    new AgentCollectorContext(new Platform(OsFamily.LINUX, "amd64"), Optional.of(Instant.EPOCH),
                            (section, key) -> Optional.empty()));
            assertEquals(List.of(new SoftwarePackage("example-hello", "1.0.0", "example from a plugin jar")),
                    inventory.items(InventorySection.SOFTWARE, SoftwarePackage.class));
        }
    }

    @Test
    void loadsPluginsFromSeveralDirectoriesAndAtRunTime() throws Exception {
        Path bundled = Files.createDirectory(dir.resolve("plugins"));
        TestCollectorJar.build(bundled.resolve("a.jar"), "example-a", "1.0.0", dir);
        Path later = TestCollectorJar.build(dir.resolve("b.jar"), "example-b", "2.0.0", dir);

        try (CollectorHost host = CollectorHost.start(List.of(bundled, dir.resolve("missing")))) {
            assertEquals(List.of("example-a"), host.collectors().stream().map(Collector::id).toList());

            assertEquals("example-b", host.load(later));
            assertEquals(2, host.collectors().size());
            assertTrue(host.unload("example-b"));
            assertEquals(List.of("example-a"), host.collectors().stream().map(Collector::id).toList());
        }
    }

    @Test
    void leavesOutPluginsThatNeedAnotherPluginApi() throws Exception {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        TestCollectorJar.build(plugins.resolve("a.jar"), "example-current", "1.0.0", "^" + PluginApi.version(), dir);
        TestCollectorJar.build(plugins.resolve("b.jar"), "example-future", "1.0.0", "^2.0.0", dir);
        Path delivered = TestCollectorJar.build(dir.resolve("c.jar"), "example-delivered", "1.0.0", ">=2.0.0", dir);

        try (CollectorHost host = CollectorHost.start(plugins)) {
            assertEquals(List.of("example-current"), host.collectors().stream().map(Collector::id).toList());
            assertThrows(PluginRuntimeException.class, () -> host.load(delivered));
            assertEquals(List.of("example-current"), host.collectors().stream().map(Collector::id).toList());
            assertTrue(host.pluginPath("example-delivered").isEmpty(), "not left loaded");
        }
    }

    @Test
    void startsWithoutAPluginDirectory() {
        try (CollectorHost host = CollectorHost.start(dir.resolve("missing"))) {
            assertTrue(host.collectors().isEmpty());
        }
    }
}
