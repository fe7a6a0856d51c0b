package org.ocoj.api.inventory;

/**
 * A mounted file system (SPEC 3.2 {@code partitions}).
 *
 * @param device     e.g. {@code "/dev/vda1"}
 * @param mountpoint e.g. {@code "/"}
 * @param filesystem e.g. {@code "ext4"}
 * @param sizeBytes  total size in bytes
 * @param freeBytes  bytes available to unprivileged users
 * @param label      file system label ({@code name} on the wire), {@code ""} if none
 * @param uuid       file system UUID, {@code ""} if none
 * @param encrypted  whether the file system sits on an encrypted block device
 */
public record Partition(String device, String mountpoint, String filesystem, long sizeBytes, long freeBytes,
                        String label, String uuid, boolean encrypted) implements InventoryItem {
    @Override
    public InventorySection section() {
        return InventorySection.PARTITIONS;
    }
}
