package org.ocoj.agentplugins.oshi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Battery;
import org.ocoj.api.inventory.Hardware;
import org.ocoj.api.inventory.UsbDevice;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * OSHI's abstractions exercised for real on the (Linux) build machine, checked against what the kernel
 * itself says in {@code /proc} and {@code /sys}: the same code path runs on Windows and macOS with OSHI's
 * drivers for those systems.
 */
class OshiCollectorsOnLinuxTest {
    private static final HardwareAbstractionLayer HAL = new SystemInfo().getHardware();

    private static CollectorContext on(OsFamily family) {
        return CollectorContext.of(new Platform(family, "amd64"), Optional.empty(), Map.of());
    }

    @Test
    void reportsTheMachinesMemoryAndProcessorModel() throws IOException {
        Hardware hardware = new OshiHardwareCollector(() -> HAL).collect(on(OsFamily.WINDOWS)).get(0);
        long memTotalKiB = Long.parseLong(procValue("/proc/meminfo", "MemTotal").replaceAll("\\D", ""));
        assertEquals(memTotalKiB * 1024, hardware.ramBytes());
        String model = procValue("/proc/cpuinfo", "model name");
        assumeTrue(!model.isEmpty(), "no model name in /proc/cpuinfo on this architecture");
        assertEquals(model, hardware.cpu());
    }

    @Test
    void macOsValuesHaveTheirWhitespaceRemovedLikeUpstream() {
        Hardware windows = new OshiHardwareCollector(() -> HAL).collect(on(OsFamily.WINDOWS)).get(0);
        Hardware mac = new OshiHardwareCollector(() -> HAL).collect(on(OsFamily.MACOS)).get(0);
        assertEquals(windows.model().replaceAll("\\s", ""), mac.model());
        assertEquals(windows.serial().replaceAll("\\s", ""), mac.serial());
        assertEquals(windows.biosVersion().replaceAll("\\s", ""), mac.biosVersion());
        assertFalse(mac.manufacturer().matches(".*\\s.*"));
        assertFalse(List.of(windows.serial(), windows.model(), windows.manufacturer()).contains("unknown"),
                "OSHI's 'unknown' is sent as an empty string");
    }

    @Test
    void reportsTheUsbDevicesTheKernelLists() throws IOException {
        List<UsbDevice> devices = new OshiUsbCollector(() -> HAL).collect(on(OsFamily.WINDOWS));
        Set<String> fromOshi = devices.stream().map(d -> String.format("%04x:%04x", d.vendorId(), d.productId()))
                .collect(Collectors.toSet());
        assertEquals(sysfsUsbIds(), fromOshi);
    }

    @Test
    void reportsNoBatteryWhenTheKernelHasNone() throws IOException {
        Path supplies = Path.of("/sys/class/power_supply");
        boolean hasBattery = Files.isDirectory(supplies) && listed(supplies)
                .anyMatch(supply -> read(supply.resolve("type")).equals("Battery"));
        List<Battery> battery = new OshiBatteryCollector(() -> HAL).collect(on(OsFamily.MACOS));
        assertEquals(hasBattery, !battery.isEmpty());
        battery.forEach(b -> assertTrue(b.level() >= 0 && b.level() <= 1));
    }

    private static String procValue(String file, String key) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("");
        }
    }

    /** vendor:product of every device (not interface) directory in sysfs. */
    private static Set<String> sysfsUsbIds() throws IOException {
        Path usb = Path.of("/sys/bus/usb/devices");
        if (!Files.isDirectory(usb)) {
            return Set.of();
        }
        return listed(usb).filter(device -> Files.exists(device.resolve("idVendor")))
                .map(device -> read(device.resolve("idVendor")) + ":" + read(device.resolve("idProduct")))
                .collect(Collectors.toSet());
    }

    private static Stream<Path> listed(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
