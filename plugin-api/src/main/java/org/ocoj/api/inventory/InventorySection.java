package org.ocoj.api.inventory;

/**
 * The parts of an agent inventory (SPEC section 3). A {@link org.ocoj.api.agent.Collector} declares the
 * sections it fills; the agent sends a section only if every collector that declared it succeeded, so a
 * failed collector never makes the server believe that, say, all software was uninstalled.
 */
public enum InventorySection {
    /** Operating system scalars: {@code os}, {@code os_version}, {@code kernel_version}, {@code uptime}, … */
    OPERATING_SYSTEM,
    /** Hardware scalars: {@code cpu}, {@code ram}, {@code gpu}, {@code serial}, {@code manufacturer}, … */
    HARDWARE,
    /** {@code battery_level} and {@code battery_status}. */
    BATTERY,
    /** {@code networks}: one element per address. */
    NETWORKS,
    /** {@code partitions}: mounted file systems. */
    PARTITIONS,
    /** {@code software}: installed packages. */
    SOFTWARE,
    /** {@code logins}: user logons after the server's {@code logins-since}. */
    LOGINS,
    /** {@code users}: local accounts. */
    USERS,
    /** {@code screens}: attached monitors. */
    SCREENS,
    /** {@code printers}: configured printers. */
    PRINTERS,
    /** {@code devices}: USB devices. */
    DEVICES,
    /**
     * OCO-J: sections a plugin names itself ({@link CustomSection}), sent as {@code oco-j-custom} (the upstream
     * server ignores the member). Each custom section is complete or left out on its own. Since plugin-api 1.1.0.
     */
    CUSTOM
}
