package org.ocoj.agentplugins.oshi;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.UsbDevice;
import org.pf4j.Extension;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * USB devices (SPEC 3.2 {@code devices}) on Windows and macOS through OSHI's flat device list. Controllers
 * and root hubs without a USB vendor id are left out, as upstream's Windows agent skips device ids that are
 * not {@code USB\VID_xxxx&PID_xxxx\…}. Linux keeps {@code linux-usb} (the same sysfs files OSHI would read).
 */
@Extension
public final class OshiUsbCollector implements Collector {

    private final Supplier<HardwareAbstractionLayer> hardware;

    public OshiUsbCollector() {
        this(() -> new SystemInfo().getHardware());
    }

    public OshiUsbCollector(Supplier<HardwareAbstractionLayer> hardware) {
        this.hardware = hardware;
    }

    @Override
    public String id() {
        return "oshi-usb";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.DEVICES);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS || platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<UsbDevice> collect(CollectorContext context) {
        return hardware.get().getUsbDevices(false).stream()
                .filter(device -> isHex(device.getVendorId()) && isHex(device.getProductId()))
                .map(device -> new UsbDevice(Integer.parseInt(device.getVendorId(), 16),
                        Integer.parseInt(device.getProductId(), 16), OshiText.orNull(device.getSerialNumber()),
                        OshiText.orNull(device.getName())))
                .toList();
    }

    private static boolean isHex(String id) {
        return id != null && id.matches("[0-9a-fA-F]{1,4}");
    }
}
