package org.ocoj.agentplugins.disks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Partition;
import org.pf4j.Extension;

/** Mounted block-device file systems (SPEC 3.2 {@code partitions}) from /proc/mounts. */
@Extension
public final class LinuxDiskCollector implements Collector {

    /** Size and free bytes of a mounted file system; injectable because fixtures have no real mounts. */
    interface SpaceProbe {
        long[] totalAndUsable(String mountpoint) throws IOException;
    }

    private final Path root;
    private final SpaceProbe space;

    public LinuxDiskCollector() {
        this(Path.of("/"), mountpoint -> {
            File file = new File(mountpoint);
            return new long[]{file.getTotalSpace(), file.getUsableSpace()};
        });
    }

    LinuxDiskCollector(Path root, SpaceProbe space) {
        this.root = root;
        this.space = space;
    }

    @Override
    public String id() {
        return "linux-disks";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.PARTITIONS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<Partition> collect(CollectorContext context) throws IOException {
        BlockDeviceInfo devices = new BlockDeviceInfo(root);
        List<Partition> partitions = new ArrayList<>();
        for (MountEntry mount : MountEntry.parse(Files.readString(root.resolve("proc/mounts"), StandardCharsets.UTF_8))) {
            if (!mount.isDisk()) {
                continue;
            }
            long[] sizes = space.totalAndUsable(mount.mountpoint());
            partitions.add(new Partition(mount.device(), mount.mountpoint(), mount.filesystem(), sizes[0], sizes[1],
                    devices.label(mount.device()), devices.uuid(mount.device()), devices.encrypted(mount.device())));
        }
        return partitions;
    }
}
