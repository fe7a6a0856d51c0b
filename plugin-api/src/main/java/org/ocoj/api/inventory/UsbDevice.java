package org.ocoj.api.inventory;

/**
 * A USB device (SPEC 3.2 {@code devices}, subsystem {@code "usb"}).
 *
 * @param vendorId  USB vendor id
 * @param productId USB product id
 * @param serial    serial number, or {@code null}
 * @param name      product name, or {@code null}
 */
public record UsbDevice(int vendorId, int productId, String serial, String name) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.DEVICES;
    }
}
