package org.ocoj.agentplugins.usb;

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
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.UsbDevice;
import org.pf4j.Extension;

/**
 * USB devices from {@code /sys/bus/usb/devices}: every entry with {@code idVendor}/{@code idProduct}
 * (interfaces such as {@code 1-1:1.0} have none). Serial and product name are optional attributes.
 */
@Extension
public final class UsbSysfsCollector implements Collector {
    private final Path devices;

    public UsbSysfsCollector() {
        this(Path.of("/sys/bus/usb/devices"));
    }

    UsbSysfsCollector(Path devices) {
        this.devices = devices;
    }

    @Override
    public String id() {
        return "linux-usb";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.DEVICES);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<UsbDevice> collect(CollectorContext context) throws IOException {
        List<UsbDevice> result = new ArrayList<>();
        if (!Files.isDirectory(devices)) {
            return result;
        }
        try (Stream<Path> entries = Files.list(devices)) {
            for (Path device : entries.sorted().toList()) {
                if (Files.exists(device.resolve("idVendor")) && Files.exists(device.resolve("idProduct"))) {
                    result.add(new UsbDevice(hex(device.resolve("idVendor")), hex(device.resolve("idProduct")),
                            optional(device.resolve("serial")), optional(device.resolve("product"))));
                }
            }
        }
        return result;
    }

    private static int hex(Path file) throws IOException {
        return Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).trim(), 16);
    }

    private static String optional(Path file) throws IOException {
        return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : null;
    }
}
