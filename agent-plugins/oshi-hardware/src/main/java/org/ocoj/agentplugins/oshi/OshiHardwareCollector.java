package org.ocoj.agentplugins.oshi;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Hardware;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.Extension;
import oshi.SystemInfo;
import oshi.hardware.ComputerSystem;
import oshi.hardware.GraphicsCard;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Hardware scalars (SPEC 3.1) on Windows and macOS through OSHI, with upstream's sources per OS:
 * Windows {@code serial}, {@code manufacturer} and {@code bios_version} from the BIOS (Win32_BIOS — so
 * {@code manufacturer} is the BIOS vendor there, as upstream sends it) and {@code model} from
 * Win32_ComputerSystem; macOS from the platform expert (ioreg) with all whitespace removed, as upstream's
 * {@code _execAndTrimOutput} does. {@code cpu} is the processor's model name, {@code gpu} every graphics
 * card's name, one per line.
 *
 * <p>Linux keeps {@code linux-hardware}: OSHI reads the same {@code /sys/class/dmi/id} files there but cannot
 * name PCI display devices through {@code pci.ids} the way upstream does (docs/agent.md, "OSHI on Linux").
 */
@Extension
public final class OshiHardwareCollector implements Collector {

    private final Supplier<HardwareAbstractionLayer> hardware;

    public OshiHardwareCollector() {
        this(() -> new SystemInfo().getHardware());
    }

    /** @param hardware OSHI's view of the machine (tests pass the real one of the build machine) */
    public OshiHardwareCollector(Supplier<HardwareAbstractionLayer> hardware) {
        this.hardware = hardware;
    }

    @Override
    public String id() {
        return "oshi-hardware";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.HARDWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS || platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<Hardware> collect(CollectorContext context) {
        HardwareAbstractionLayer hal = hardware.get();
        ComputerSystem system = hal.getComputerSystem();
        boolean mac = context.platform().family() == OsFamily.MACOS;
        String cpu = OshiText.clean(hal.getProcessor().getProcessorIdentifier().getName());
        String gpu = hal.getGraphicsCards().stream().map(GraphicsCard::getName).map(OshiText::clean)
                .filter(name -> !name.isEmpty()).distinct().collect(Collectors.joining("\n"));
        String manufacturer = mac ? system.getManufacturer() : system.getFirmware().getManufacturer();
        return List.of(new Hardware(cpu.isEmpty() ? "?" : cpu, hal.getMemory().getTotal(), gpu,
                value(system.getSerialNumber(), mac), value(manufacturer, mac), value(system.getModel(), mac),
                value(system.getFirmware().getVersion(), mac)));
    }

    private static String value(String raw, boolean removeWhitespace) {
        String cleaned = OshiText.clean(raw);
        return removeWhitespace ? cleaned.replaceAll("\\s", "") : cleaned;
    }
}
