package org.ocoj.api.inventory;

/**
 * An attached monitor, usually from its EDID (SPEC 3.2 {@code screens}). Unknown values are {@code "-"}.
 *
 * @param name         monitor name
 * @param manufacturer three-letter PNP vendor id or vendor name
 * @param manufactured year of manufacture or {@code "-"}
 * @param resolution   preferred mode such as {@code "1920 x 1080"} or {@code "-"}
 * @param size         physical size in cm such as {@code "52 x 32"} or {@code "-"}
 * @param type         product code
 * @param serialNumber serial number ({@code serialno} on the wire)
 * @param technology   panel technology, {@code ""} if unknown
 */
public record Screen(String name, String manufacturer, String manufactured, String resolution, String size,
                     String type, String serialNumber, String technology) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.SCREENS;
    }
}
