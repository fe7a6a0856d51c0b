package org.ocoj.dist.agentcollector;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.inventory.InventoryItem;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.UsbDevice;
import org.pf4j.Extension;

/**
 * An agent collector that the end-to-end test delivers through the server: reports one USB device that
 * no real machine has, so the client API shows whether the delivered plugin ran, and a custom section
 * ({@code it-marker.marker}) as a third party's collector would.
 */
@Extension
public final class MarkerCollector implements Collector {
    public static final String NAME = "OCO-J delivered collector marker";

    @Override
    public String id() {
        return "it-marker";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.DEVICES, InventorySection.CUSTOM);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return true;
    }

    @Override
    public List<InventoryItem> collect(CollectorContext context) {
        return List.of(new UsbDevice(0xfeed, 0xbeef, "IT-0001", NAME), new CustomSection("marker",
                Map.of("name", NAME, "load", Map.of("avg1", 0.42), "units", List.of("a.service", "b.service"))));
    }
}
