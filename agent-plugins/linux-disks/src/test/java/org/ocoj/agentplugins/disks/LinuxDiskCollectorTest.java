package org.ocoj.agentplugins.disks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Partition;

class LinuxDiskCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void reportsBlockDeviceMountsWithLabelUuidAndEncryption(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("proc"));
        try (InputStream mounts = getClass().getResourceAsStream("/proc-mounts.txt")) {
            Files.copy(mounts, root.resolve("proc/mounts"));
        }
        // udev's layout: /dev/mapper/vg0-root -> ../dm-0, by-uuid/<uuid> -> ../../dm-0, sysfs dm/uuid
        Files.createDirectories(root.resolve("dev/mapper"));
        Files.createDirectories(root.resolve("dev/disk/by-uuid"));
        Files.createDirectories(root.resolve("dev/disk/by-label"));
        Files.createFile(root.resolve("dev/dm-0"));
        Files.createFile(root.resolve("dev/nvme0n1p2"));
        Files.createSymbolicLink(root.resolve("dev/mapper/vg0-root"), Path.of("../dm-0"));
        Files.createSymbolicLink(root.resolve("dev/disk/by-uuid/0f3c-root-uuid"), Path.of("../../dm-0"));
        Files.createSymbolicLink(root.resolve("dev/disk/by-label/boot\\x20disk"), Path.of("../../nvme0n1p2"));
        Files.createDirectories(root.resolve("sys/class/block/dm-0/dm"));
        Files.writeString(root.resolve("sys/class/block/dm-0/dm/uuid"), "CRYPT-LUKS2-1234-luks-root\n");

        List<Partition> partitions = new LinuxDiskCollector(root, mountpoint -> new long[]{1000, 400}).collect(CONTEXT);

        assertEquals(List.of(
                new Partition("/dev/mapper/vg0-root", "/", "ext4", 1000, 400, "", "0f3c-root-uuid", true),
                new Partition("/dev/nvme0n1p2", "/boot", "ext4", 1000, 400, "boot disk", "", false),
                new Partition("/dev/nvme0n1p1", "/boot/efi", "vfat", 1000, 400, "", "", false),
                new Partition("/dev/sdb1", "/media/user/USB STICK", "vfat", 1000, 400, "", "", false)),
                partitions);
    }
}
