package com.example.mycollector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.Extension;

/**
 * Reports the uptime and load of a Linux machine as the custom inventory section {@code my-collector.uptime}.
 * Edit this class to make it yours.
 */
@Extension
public class UptimeCollector implements Collector {

    private final Path root;

    /** The agent uses this one. */
    public UptimeCollector() {
        this(Path.of("/"));
    }

    /** Tests read a fixture tree instead of the machine. */
    UptimeCollector(Path root) {
        this.root = root;
    }

    @Override
    public String id() {
        return "my-uptime";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.CUSTOM);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<CustomSection> collect(CollectorContext context) throws Exception {
        String[] uptime = Files.readString(root.resolve("proc/uptime")).trim().split("\\s+");
        String[] load = Files.readString(root.resolve("proc/loadavg")).trim().split("\\s+");
        return List.of(new CustomSection("uptime", Map.of(
                "seconds", (long) Double.parseDouble(uptime[0]),
                "load", Map.of("avg1", Double.parseDouble(load[0]), "avg5", Double.parseDouble(load[1])))));
    }
}
