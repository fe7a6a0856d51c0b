package org.ocoj.api.inventory;

/**
 * One address of one network interface (SPEC 3.2 {@code networks}). Unknown values are {@code "-"};
 * an interface with a MAC but no IP address is one item with address {@code "-"}.
 *
 * @param interfaceName {@code interface}, e.g. {@code "eth0"}
 * @param address       {@code addr}, e.g. {@code "192.0.2.2"} or {@code "fd00::2"}
 * @param netmask       {@code netmask}: dotted quad for IPv4, {@code "ffff:ffff:ffff:ffff::/64"} style for IPv6
 * @param broadcast     {@code broadcast}, or {@code "-"}
 * @param mac           {@code mac}, lowercase colon form, or {@code "-"}
 */
public record NetworkAddress(String interfaceName, String address, String netmask, String broadcast,
                             String mac) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.NETWORKS;
    }
}
