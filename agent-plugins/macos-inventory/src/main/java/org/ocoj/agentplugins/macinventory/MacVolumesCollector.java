package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.Partition;
import org.pf4j.Extension;

/**
 * Mounted volumes (SPEC 3.2 {@code partitions}, macOS form) as upstream joins them: every {@code df -k} file
 * system but {@code devfs} (size = used + available, free = available, like upstream), with {@code diskutil
 * info -all}'s facts for its device node: {@code File System Personality} (else {@code Partition Type}) as
 * {@code filesystem}, {@code Volume Name} as {@code name}, {@code Volume UUID} as {@code uuid} and
 * {@code FileVault: Yes} as {@code encrypted}. Unlike upstream, mount points with spaces
 * ({@code /Volumes/USB STICK}) are kept.
 */
@Extension
public final class MacVolumesCollector implements Collector {
    static final List<String> DF = List.of("df", "-k");
    static final List<String> DISKUTIL = List.of("diskutil", "info", "-all");
    /**
     * A {@code df -k} line on macOS: Filesystem, 1024-blocks, Used, Available, Capacity, iused, ifree, %iused,
     * Mounted on; the file system and the mount point may contain spaces.
     */
    private static final Pattern DF_LINE = Pattern.compile("(.+?)\\s+\\d+\\s+(\\d+)\\s+(\\d+)\\s+\\d+%\\s+\\d+\\s+\\d+\\s+\\S+\\s+(.+)");

    private final CommandRunner commands;

    public MacVolumesCollector() {
        this(CommandRunner.system());
    }

    public MacVolumesCollector(CommandRunner commands) {
        this.commands = commands;
    }

    @Override
    public String id() {
        return "macos-volumes";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.PARTITIONS);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<Partition> collect(CollectorContext context) throws IOException, InterruptedException {
        Map<String, Map<String, String>> diskutil = diskutil(commands.run(DISKUTIL));
        List<Partition> partitions = new ArrayList<>();
        for (String line : commands.run(DF).lines().skip(1).toList()) {
            Matcher df = DF_LINE.matcher(line.trim());
            // devfs and the automounter's maps (map auto_home) are no volumes; upstream skips them too
            if (df.matches() && !df.group(1).equals("devfs") && !df.group(1).startsWith("map ")) {
                long available = Long.parseLong(df.group(3));
                Map<String, String> info = diskutil.getOrDefault(df.group(1), Map.of());
                String filesystem = info.getOrDefault("File System Personality", info.getOrDefault("Partition Type", ""));
                partitions.add(new Partition(df.group(1), df.group(4), filesystem,
                        (Long.parseLong(df.group(2)) + available) * 1024, available * 1024, info.getOrDefault("Volume Name", ""),
                        info.getOrDefault("Volume UUID", ""), "Yes".equals(info.get("FileVault"))));
            }
        }
        return partitions;
    }

    /** {@code diskutil info -all}: blocks of {@code Key: value} lines ended by a line of asterisks, keyed by Device Node. */
    static Map<String, Map<String, String>> diskutil(String output) {
        Map<String, Map<String, String>> devices = new HashMap<>();
        Map<String, String> block = new HashMap<>();
        for (String line : output.lines().toList()) {
            if (line.trim().equals("**********")) {
                if (block.containsKey("Device Node")) {
                    devices.put(block.get("Device Node"), block);
                }
                block = new HashMap<>();
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                block.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return devices;
    }
}
