package org.ocoj.api.inventory;

/**
 * Hardware scalars (SPEC 3.1). DMI strings may be {@code ""} when unreadable.
 *
 * @param cpu          {@code cpu}: model name, several CPUs separated by newlines; {@code "?"} if unknown
 * @param ramBytes     {@code ram}: total memory in bytes
 * @param gpu          {@code gpu}: newline-separated models; {@code ""} if unknown
 * @param serial       {@code serial}
 * @param manufacturer {@code manufacturer}
 * @param model        {@code model}
 * @param biosVersion  {@code bios_version}
 */
public record Hardware(String cpu, long ramBytes, String gpu, String serial, String manufacturer,
                       String model, String biosVersion) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.HARDWARE;
    }
}
