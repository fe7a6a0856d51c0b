package org.ocoj.api.inventory;

/**
 * Battery state (SPEC 2.2). Return no item at all when the machine has no battery: the agent then sends
 * {@code false} for both fields, as upstream does.
 *
 * @param level    charge between 0.0 and 1.0
 * @param onAcPower {@code true} when on AC (wire value 1), {@code false} when discharging (wire value 2)
 */
public record Battery(double level, boolean onAcPower) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.BATTERY;
    }
}
