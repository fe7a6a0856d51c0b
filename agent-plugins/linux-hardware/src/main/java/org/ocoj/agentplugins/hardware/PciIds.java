package org.ocoj.agentplugins.hardware;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Vendor and device names from the pci.ids database (the file {@code lspci} uses). */
final class PciIds {
    private final Map<String, String> vendors = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();

    static PciIds parse(String text) {
        PciIds ids = new PciIds();
        String vendor = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("C ")) {
                break; // device classes follow the vendor list; not needed
            }
            if (!line.startsWith("\t") && line.length() > 6) {
                vendor = line.substring(0, 4).toLowerCase();
                ids.vendors.put(vendor, line.substring(4).trim());
            } else if (vendor != null && line.startsWith("\t") && !line.startsWith("\t\t") && line.length() > 7) {
                ids.devices.put(vendor + ":" + line.substring(1, 5).toLowerCase(), line.substring(5).trim());
            }
        }
        return ids;
    }

    static PciIds empty() {
        return new PciIds();
    }

    /** "Intel Corporation Alder Lake-P GT2 [Iris Xe Graphics]", or the raw ids when unknown. */
    String describe(String vendorId, String deviceId) {
        String vendorName = Optional.ofNullable(vendors.get(vendorId)).orElse(vendorId);
        String deviceName = Optional.ofNullable(devices.get(vendorId + ":" + deviceId)).orElse(deviceId);
        return vendorName + " " + deviceName;
    }
}
