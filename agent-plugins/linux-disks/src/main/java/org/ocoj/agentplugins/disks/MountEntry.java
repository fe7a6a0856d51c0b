package org.ocoj.agentplugins.disks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One line of /proc/mounts (fstab(5) format, octal escapes such as {@code \040} for a space). */
record MountEntry(String device, String mountpoint, String filesystem) {
    /** File systems on block devices that are not user data: read-only images of snaps and live media. */
    private static final Set<String> IGNORED_TYPES = Set.of("squashfs", "iso9660", "tmpfs", "devtmpfs");

    static List<MountEntry> parse(String procMounts) {
        List<MountEntry> entries = new ArrayList<>();
        for (String line : procMounts.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3) {
                entries.add(new MountEntry(unescape(fields[0]), unescape(fields[1]), fields[2]));
            }
        }
        return entries;
    }

    /** Like psutil's {@code disk_partitions(all=False)}, which upstream uses: block devices only. */
    boolean isDisk() {
        return device.startsWith("/dev/") && !IGNORED_TYPES.contains(filesystem);
    }

    private static String unescape(String field) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
