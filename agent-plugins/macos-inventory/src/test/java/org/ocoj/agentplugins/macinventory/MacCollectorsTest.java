package org.ocoj.agentplugins.macinventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.LocalUser;
import org.ocoj.api.inventory.Login;
import org.ocoj.api.inventory.OperatingSystem;
import org.ocoj.api.inventory.Partition;
import org.ocoj.api.inventory.SoftwarePackage;

/** The macOS collectors on the fixtures described in {@link MacFixtures}. */
class MacCollectorsTest {
    private static final Platform MAC = new Platform(OsFamily.MACOS, "aarch64");
    private static final CommandRunner COMMANDS = MacFixtures.commands();

    private static CollectorContext context(Optional<Instant> loginsSince, Map<String, String> settings) {
        return CollectorContext.of(MAC, loginsSince, settings);
    }

    private static CollectorContext context() {
        return context(Optional.empty(), Map.of());
    }

    @Test
    void reportsTheOsAsUpstreamNamesIt() throws Exception {
        OperatingSystem os = new MacOsCollector(MacFixtures.path("root"), COMMANDS, () -> 12.5, () -> "mac-07.corp.example")
                .collect(context()).get(0);
        assertEquals(new OperatingSystem("macOS", "14.4.1", "-", "de_DE", "23.4.0", "arm64", 12.5, "UEFI", "?",
                "mac-07.corp.example"), os);
    }

    @Test
    void withoutSystemVersionTheOsSectionFails(@TempDir Path emptyRoot) {
        assertThrows(IOException.class, () -> new MacOsCollector(emptyRoot, COMMANDS, () -> 1, () -> "mac").collect(context()));
    }

    @Test
    void reportsApplicationBundlesLikeUpstreamAndPackageReceipts() throws Exception {
        List<SoftwarePackage> software = new MacSoftwareCollector(MacFixtures.path("Applications"), COMMANDS).collect(context());
        assertEquals(List.of(
                new SoftwarePackage("Firefox", "12424.3.22", "Firefox 124.0.1"),
                new SoftwarePackage("Safari", "19618.1.15.11.14", "-"),
                new SoftwarePackage("Visual Studio Code.app", "?", "-"),
                new SoftwarePackage("[Package] com.apple.pkg.XProtectPayloads_10_15.16U4359", "2192", "/"),
                new SoftwarePackage("[Package] com.apple.pkg.CLTools_Executables", "15.3.0.0.1.1708646388", "/"),
                new SoftwarePackage("[Package] com.microsoft.package.Microsoft_AutoUpdate.app", "4.68.24022818",
                        "Library/Application Support/Microsoft/MAU2.0")), software);
    }

    @Test
    void readsBinaryPlistsThroughPlutilAndXmlOnesDirectly() throws Exception {
        Path binary = MacFixtures.path("Applications").resolve("Safari.app/Contents/Info.plist");
        assertTrue(new String(Files.readAllBytes(binary), 0, 8, java.nio.charset.StandardCharsets.US_ASCII).startsWith("bplist"));
        CommandRunner noPlutil = command -> {
            throw new IOException("plutil must not run for an XML plist");
        };
        Path xml = MacFixtures.path("Applications").resolve("Firefox.app/Contents/Info.plist");
        assertEquals("org.mozilla.firefox", Plist.read(xml, noPlutil).get("CFBundleIdentifier"));
        assertEquals("com.apple.Safari", Plist.read(binary, COMMANDS).get("CFBundleIdentifier"));
    }

    @Test
    void reportsVolumesWithDiskutilsFacts() throws Exception {
        List<Partition> volumes = new MacVolumesCollector(COMMANDS).collect(context());
        assertEquals(new Partition("/dev/disk3s1s1", "/", "APFS", (10015136L + 312110212L) * 1024, 312110212L * 1024,
                "Macintosh HD", "7E1F2A3B-4C5D-4E6F-8091-A2B3C4D5E6F7", true), volumes.get(0));
        assertEquals(new Partition("/dev/disk5s1", "/Volumes/USB STICK", "Microsoft Basic Data", (17338624L + 45161216L) * 1024,
                45161216L * 1024, "USB STICK", "3C7E1B2A-0D4F-3E9A-8B6C-5D2F1A0E9B8C", false), volumes.get(volumes.size() - 1));
        assertEquals(List.of("/", "/System/Volumes/VM", "/System/Volumes/Preboot", "/System/Volumes/Update",
                "/System/Volumes/Data", "/Volumes/USB STICK"),
                volumes.stream().map(Partition::mountpoint).toList(), "devfs and the automounter left out like upstream");
    }

    @Test
    void reportsLocalUsersFromDirectoryServicesWithinTheUidRange() throws Exception {
        assertEquals(List.of(new LocalUser("emma", "Emma Müller", 501, 20, "/Users/emma", "/bin/zsh", false),
                        new LocalUser("admin", "IT Admin", 502, 20, "/Users/admin", "/bin/zsh", false)),
                new MacUsersCollector(COMMANDS).collect(context()));
        assertEquals(List.of("emma", "guest", "admin"), new MacUsersCollector(COMMANDS)
                .collect(context(Optional.empty(), Map.of("macos.local-users-min-uid", "200"))).stream()
                .map(LocalUser::username).toList());
    }

    @Test
    void reportsUserProcessLogonsAfterLoginsSince() throws Exception {
        List<Login> logins = new MacLoginCollector(MacFixtures::wtmpx, COMMANDS)
                .collect(context(Optional.of(Instant.parse("2024-01-12T00:00:00Z")), Map.of()));
        assertEquals(List.of(
                new Login("emma", "Emma Müller", "console", Instant.parse("2024-01-15T07:58:12Z"), null),
                new Login("admin", "IT Admin", "ttys000", Instant.parse("2024-01-15T09:14:03Z"), null)), logins);
    }

    @Test
    void noLogonsWhenTheServerWantsNone() throws Exception {
        assertEquals(List.of(), new MacLoginCollector(() -> {
            throw new AssertionError("the login history must not be read");
        }, COMMANDS).collect(context()));
    }
}
