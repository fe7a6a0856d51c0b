package org.ocoj.agentplugins.usb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.UsbDevice;

class UsbSysfsCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void readsDevicesAndSkipsInterfaces(@TempDir Path devices) throws Exception {
        device(devices.resolve("1-1"), "046d", "c52b", "Logitech USB Receiver", null);
        device(devices.resolve("2-3"), "0781", "5583", "Ultra Fit", "4C530001230101118123");
        Files.createDirectories(devices.resolve("1-1:1.0")); // an interface: no idVendor
        Files.writeString(devices.resolve("1-1:1.0/bInterfaceClass"), "03\n");

        assertEquals(List.of(
                new UsbDevice(0x046d, 0xc52b, null, "Logitech USB Receiver"),
                new UsbDevice(0x0781, 0x5583, "4C530001230101118123", "Ultra Fit")),
                new UsbSysfsCollector(devices).collect(CONTEXT));
    }

    private static void device(Path dir, String vendor, String product, String name, String serial) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("idVendor"), vendor + "\n");
        Files.writeString(dir.resolve("idProduct"), product + "\n");
        Files.writeString(dir.resolve("product"), name + "\n");
        if (serial != null) {
            Files.writeString(dir.resolve("serial"), serial + "\n");
        }
    }
}
