package org.ocoj.agentplugins.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Hardware;
import org.ocoj.api.inventory.InventorySection;
import org.pf4j.Extension;

/**
 * Hardware scalars (SPEC 3.1): DMI strings from sysfs (whitespace removed, as upstream does; serial needs
 * root), CPU model and RAM from /proc, GPUs from PCI display-class devices named through pci.ids.
 */
@Extension
public final class LinuxHardwareCollector implements Collector {
    private static final String DMI = "sys/class/dmi/id/";
    private static final List<String> PCI_IDS = List.of("usr/share/misc/pci.ids", "usr/share/hwdata/pci.ids");

    private final Path root;

    public LinuxHardwareCollector() {
        this(Path.of("/"));
    }

    LinuxHardwareCollector(Path root) {
        this.root = root;
    }

    @Override
    public String id() {
        return "linux-hardware";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.HARDWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<Hardware> collect(CollectorContext context) throws IOException {
        return List.of(new Hardware(cpu(), ramBytes(), gpus(), dmi("product_serial"), dmi("sys_vendor"),
                dmi("product_name"), dmi("bios_version")));
    }

    /** A DMI string without any whitespace ({@code "VMware,Inc."}, SPEC 3.1); {@code ""} if unreadable. */
    private String dmi(String name) throws IOException {
        Path file = root.resolve(DMI + name);
        return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", "") : "";
    }

    private String cpu() throws IOException {
        try (Stream<String> lines = Files.lines(root.resolve("proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("?");
        }
    }

    private long ramBytes() throws IOException {
        try (Stream<String> lines = Files.lines(root.resolve("proc/meminfo"))) {
            String total = lines.filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .orElseThrow(() -> new IOException("no MemTotal in " + root.resolve("proc/meminfo")));
            return Long.parseLong(total.replaceAll("\\D", "")) * 1024;
        }
    }

    /** Display controllers (PCI class 0x03xxxx), newline-separated. */
    private String gpus() throws IOException {
        Path devices = root.resolve("sys/bus/pci/devices");
        if (!Files.isDirectory(devices)) {
            return "";
        }
        PciIds names = pciIds();
        List<String> gpus = new ArrayList<>();
        try (Stream<Path> list = Files.list(devices)) {
            for (Path device : list.sorted().toList()) {
                if (readHex(device.resolve("class")).startsWith("03")) {
                    gpus.add(names.describe(readHex(device.resolve("vendor")), readHex(device.resolve("device"))));
                }
            }
        }
        return String.join("\n", gpus);
    }

    private PciIds pciIds() throws IOException {
        for (String candidate : PCI_IDS) {
            Path file = root.resolve(candidate);
            if (Files.isReadable(file)) {
                return PciIds.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return PciIds.empty();
    }

    /** A sysfs hex value without {@code 0x}: "0x030000" → "030000". */
    private static String readHex(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII).trim().replaceFirst("^0x", "").toLowerCase();
    }
}
