package org.ocoj.api.inventory;

/**
 * A configured printer (SPEC 3.2 {@code printers}).
 *
 * @param name   queue name
 * @param driver driver or model description
 * @param paper  paper size, {@code ""} if unknown
 * @param dpi    resolution, {@code ""} if unknown
 * @param uri    device URI
 * @param status state text, {@code ""} if unknown
 */
public record Printer(String name, String driver, String paper, String dpi, String uri, String status)
        implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.PRINTERS;
    }
}
