package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CommandRunner;

/**
 * The macOS collectors fed from fixtures instead of the machine (also used by the upstream key-set test through
 * this module's test jar). Where they come from:
 * <ul>
 *   <li>{@code macos/root/…/SystemVersion.plist} and {@code macos/Applications/*.app/Contents/Info.plist}: property
 *       lists written with Python's {@code plistlib} in the XML and binary ({@code bplist00}) formats macOS uses,
 *       with the keys Apple documents (Information Property List reference) and values of macOS 14.4.1, Firefox
 *       124, Safari 17.4.1 and VS Code 1.87 (whose Info.plist has no CFBundleName); {@code plutil-*.xml} is what
 *       {@code plutil -convert xml1 -o -} prints for the binary ones; {@code Broken.app} is cut off.</li>
 *   <li>{@code df-k.txt}, {@code diskutil-info-all.txt}, {@code dscacheutil-user.txt}, {@code pkgutil-*.txt}: the
 *       text those macOS 14 commands print, in their documented layout (man pages of df, diskutil, dscacheutil,
 *       pkgutil), for an Apple-silicon Mac with FileVault and a USB stick.</li>
 *   <li>{@code wtmpx.bin}: six {@code struct utmpx} records in the layout of Apple Libc's {@code utmpx.h} (boot,
 *       user-process and dead-process records), as {@code getutxent_wtmp()} returns them.</li>
 * </ul>
 * All were composed for these tests, not captured on one real Mac.
 */
public final class MacFixtures {
    public static final String FQDN = "mac-07.corp.example";
    public static final double UPTIME = 86400.25;

    private static final Map<List<String>, String> OUTPUTS = Map.of(
            MacSoftwareCollector.PKGS, "pkgutil-pkgs.txt",
            MacVolumesCollector.DF, "df-k.txt",
            MacVolumesCollector.DISKUTIL, "diskutil-info-all.txt",
            MacUsersCollector.QUERY, "dscacheutil-user.txt");
    private static final Map<String, String> FULL_NAMES = Map.of("emma", "Emma Müller", "admin", "IT Admin");

    private MacFixtures() {
    }

    /** Answers each command the collectors run with its fixture. */
    public static CommandRunner commands() {
        return command -> {
            if (command.equals(MacOsCollector.UNAME)) {
                return "23.4.0 arm64\n";
            }
            if (command.equals(MacOsCollector.LOCALE)) {
                return "de_DE\n";
            }
            if (command.get(0).equals("id") && FULL_NAMES.containsKey(command.get(2))) {
                return FULL_NAMES.get(command.get(2)) + "\n";
            }
            if (command.get(0).equals("plutil")) {
                String app = Path.of(command.get(5)).getParent().getParent().getFileName().toString();
                return text("plutil-" + app.replace(' ', '_') + ".xml");
            }
            if (command.size() == 3 && command.get(1).equals("--pkg-info")) {
                return text("pkgutil-info-" + command.get(2) + ".txt");
            }
            String fixture = OUTPUTS.get(command);
            if (fixture == null) {
                throw new IOException("no fixture for " + command);
            }
            return text(fixture);
        };
    }

    /** The fixture file system root and Applications folder (inside the test jar when used from there). */
    public static Path path(String name) {
        try {
            URL url = MacFixtures.class.getResource("/macos/" + name);
            if (url == null) {
                throw new IOException("fixture macos/" + name + " is missing");
            }
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.provider().getPath(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] wtmpx() {
        try {
            return bytes("wtmpx.bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every macOS collector of this plugin, on the fixtures. */
    public static List<Collector> collectors() {
        CommandRunner commands = commands();
        return List.of(new MacOsCollector(path("root"), commands, () -> UPTIME, () -> FQDN),
                new MacSoftwareCollector(path("Applications"), commands), new MacVolumesCollector(commands),
                new MacUsersCollector(commands), new MacLoginCollector(MacFixtures::wtmpx, commands));
    }

    private static String text(String fixture) throws IOException {
        return new String(bytes(fixture), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = MacFixtures.class.getResourceAsStream("/macos/" + fixture)) {
            if (in == null) {
                throw new IOException("fixture macos/" + fixture + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
