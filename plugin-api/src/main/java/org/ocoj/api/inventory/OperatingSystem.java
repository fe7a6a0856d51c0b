package org.ocoj.api.inventory;

/**
 * Operating system scalars (SPEC 3.1).
 *
 * @param name           {@code os}, e.g. {@code "Debian GNU/Linux"}
 * @param version        {@code os_version}, e.g. {@code "12"}
 * @param license        {@code os_license}; {@code "-"} outside Windows
 * @param language       {@code os_language}, e.g. {@code "de_DE"}, or {@code "-"}
 * @param kernelVersion  {@code kernel_version}, e.g. {@code "6.1.0-18-amd64"}
 * @param architecture   {@code architecture}, machine type such as {@code "x86_64"}
 * @param uptimeSeconds  {@code uptime}, seconds since boot
 * @param bootType       {@code boot_type}: {@code "UEFI"}, {@code "Legacy"} or {@code "?"}
 * @param secureBoot     {@code secure_boot}: {@code "1"}, {@code "0"} or {@code "?"}
 * @param domain         {@code domain}: the fully qualified host name
 */
public record OperatingSystem(String name, String version, String license, String language,
                              String kernelVersion, String architecture, double uptimeSeconds,
                              String bootType, String secureBoot, String domain) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.OPERATING_SYSTEM;
    }
}
