package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Partition;
import org.pf4j.Extension;

/**
 * Drives (SPEC 3.2 {@code partitions}, Windows form) as upstream joins them: each Win32_LogicalDisk
 * ({@code mountpoint} {@code C:}, file system, size, free, {@code uuid} = volume serial number) with its
 * Win32_Volume ({@code device} = {@code \\?\Volume{…}\}, else {@code ?}; {@code name} = label) and BitLocker's
 * Win32_EncryptableVolume ({@code encrypted} = ProtectionStatus 1). BitLocker's class needs administrator
 * rights and is missing on Home editions: then every drive counts as not encrypted (logged once per run).
 * OSHI's file stores are not used here: they lack the volume serial number and the BitLocker state.
 */
@Extension
public final class WindowsVolumesCollector implements Collector {
    private static final Logger LOG = Logger.getLogger(WindowsVolumesCollector.class.getName());
    static final String DISKS = "Get-CimInstance -ClassName Win32_LogicalDisk "
            + "| Select-Object DeviceID,FileSystem,Size,FreeSpace,VolumeName,VolumeSerialNumber";
    static final String VOLUMES = "Get-CimInstance -ClassName Win32_Volume | Select-Object DriveLetter,DeviceID,Label";
    static final String BITLOCKER = "Get-CimInstance -Namespace root/cimv2/Security/MicrosoftVolumeEncryption "
            + "-ClassName Win32_EncryptableVolume | Select-Object DeviceID,ProtectionStatus";

    private final PowerShell powerShell;

    public WindowsVolumesCollector() {
        this(CommandRunner.system());
    }

    public WindowsVolumesCollector(CommandRunner commands) {
        this.powerShell = new PowerShell(commands);
    }

    @Override
    public String id() {
        return "windows-volumes";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.PARTITIONS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public List<Partition> collect(CollectorContext context) throws IOException, InterruptedException {
        Map<String, Map<String, String>> volumes = powerShell.objects(VOLUMES).stream()
                .filter(volume -> !volume.get("DriveLetter").isEmpty())
                .collect(Collectors.toMap(volume -> volume.get("DriveLetter"), Function.identity(), (a, b) -> a));
        Map<String, String> protection = bitLocker();
        return powerShell.objects(DISKS).stream().map(disk -> {
            Map<String, String> volume = volumes.getOrDefault(disk.get("DeviceID"), Map.of());
            String device = volume.getOrDefault("DeviceID", "?");
            return new Partition(device, disk.get("DeviceID"), disk.get("FileSystem"), bytes(disk.get("Size")),
                    bytes(disk.get("FreeSpace")), volume.getOrDefault("Label", disk.get("VolumeName")),
                    disk.get("VolumeSerialNumber"), "1".equals(protection.get(device)));
        }).toList();
    }

    private Map<String, String> bitLocker() throws InterruptedException {
        try {
            return powerShell.objects(BITLOCKER).stream()
                    .collect(Collectors.toMap(v -> v.get("DeviceID"), v -> v.get("ProtectionStatus"), (a, b) -> a));
        } catch (IOException e) {
            LOG.info("BitLocker state not readable, drives reported as not encrypted: " + e.getMessage());
            return Map.of();
        }
    }

    /** CD drives and empty card readers have no size: 0, which the server skips (SPEC 3.2). */
    private static long bytes(String text) {
        try {
            return text == null || text.isEmpty() ? 0 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
