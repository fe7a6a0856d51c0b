package org.ocoj.api.inventory;

/**
 * An installed software package (SPEC 3.2 {@code software}).
 *
 * @param name        package name, never empty
 * @param version     version string, never {@code null} (upstream fails on a null version)
 * @param description short description, {@code ""} if none
 */
public record SoftwarePackage(String name, String version, String description) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.SOFTWARE;
    }
}
