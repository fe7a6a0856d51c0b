package org.ocoj.agentplugins.disks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Labels, UUIDs and encryption of block devices, from udev's {@code /dev/disk/by-*} links and device-mapper
 * sysfs entries ({@code dm/uuid} starting with {@code CRYPT-} is a dm-crypt/LUKS mapping).
 */
final class BlockDeviceInfo {
    private final Path root;
    private final Map<Path, String> labels;
    private final Map<Path, String> uuids;

    BlockDeviceInfo(Path root) throws IOException {
        this.root = root;
        this.labels = links(root.resolve("dev/disk/by-label"));
        this.uuids = links(root.resolve("dev/disk/by-uuid"));
    }

    String label(String device) throws IOException {
        return labels.getOrDefault(resolve(device), "");
    }

    String uuid(String device) throws IOException {
        return uuids.getOrDefault(resolve(device), "");
    }

    boolean encrypted(String device) throws IOException {
        Path dmUuid = root.resolve("sys/class/block").resolve(resolve(device).getFileName().toString()).resolve("dm/uuid");
        return Files.isReadable(dmUuid) && Files.readString(dmUuid, StandardCharsets.UTF_8).startsWith("CRYPT-");
    }

    /** {@code /dev/mapper/vg0-root} → the real node {@code <root>/dev/dm-0}. */
    private Path resolve(String device) throws IOException {
        Path node = root.resolve(device.substring(1));
        return Files.exists(node) ? node.toRealPath() : node;
    }

    /** name → real device path, decoding udev's {@code \x20} escapes in label names. */
    private static Map<Path, String> links(Path directory) throws IOException {
        Map<Path, String> byDevice = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return byDevice;
        }
        try (Stream<Path> links = Files.list(directory)) {
            for (Path link : links.toList()) {
                if (Files.exists(link)) {
                    byDevice.put(link.toRealPath(), decode(link.getFileName().toString()));
                }
            }
        }
        return byDevice;
    }

    private static String decode(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (name.startsWith("\\x", i) && i + 4 <= name.length()) {
                text.append((char) Integer.parseInt(name.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                text.append(name.charAt(i));
            }
        }
        return text.toString();
    }
}
