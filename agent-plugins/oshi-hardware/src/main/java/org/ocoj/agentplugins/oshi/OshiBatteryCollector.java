package org.ocoj.agentplugins.oshi;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Battery;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.Extension;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.PowerSource;

/**
 * Battery state (SPEC 2.2) on Windows and macOS through OSHI's power sources: the first one with a
 * capacity, its charge as a fraction and whether mains power is on (upstream: psutil's
 * {@code sensors_battery}). No such source → no item, which the agent sends as {@code false}.
 */
@Extension
public final class OshiBatteryCollector implements Collector {

    private final Supplier<HardwareAbstractionLayer> hardware;

    public OshiBatteryCollector() {
        this(() -> new SystemInfo().getHardware());
    }

    public OshiBatteryCollector(Supplier<HardwareAbstractionLayer> hardware) {
        this.hardware = hardware;
    }

    @Override
    public String id() {
        return "oshi-battery";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.BATTERY);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS || platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<Battery> collect(CollectorContext context) {
        return hardware.get().getPowerSources().stream()
                .filter(source -> source.getMaxCapacity() > 0 || source.getCurrentCapacity() > 0)
                .findFirst()
                .map(OshiBatteryCollector::battery)
                .map(List::of)
                .orElse(List.of());
    }

    private static Battery battery(PowerSource source) {
        double level = Math.max(0, Math.min(1, source.getRemainingCapacityPercent()));
        return new Battery(level, source.isPowerOnLine());
    }
}
