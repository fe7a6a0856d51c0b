package org.ocoj.api.inventory;

/**
 * One typed piece of inventory returned by a collector. The set of item types mirrors the wire model of
 * SPEC section 3 and is closed: the agent knows how to send each of them. What SPEC section 3 has no record for
 * goes into the open variant, {@link CustomSection}: a JSON object or list under a name of the plugin's own.
 *
 * <p>String fields use {@code "-"} for "unknown" where upstream does (noted per record); {@code null} is
 * only allowed where a record says so.
 */
public sealed interface InventoryItem
        permits OperatingSystem, Hardware, Battery, NetworkAddress, Partition, SoftwarePackage,
                Login, LocalUser, WindowsAccount, Screen, Printer, UsbDevice, CustomSection {

    /** The section this item belongs to; a collector may only return items of sections it declared. */
    InventorySection section();
}
