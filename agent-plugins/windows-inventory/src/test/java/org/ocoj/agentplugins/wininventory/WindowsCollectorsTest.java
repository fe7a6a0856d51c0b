package org.ocoj.agentplugins.wininventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Login;
import org.ocoj.api.inventory.OperatingSystem;
import org.ocoj.api.inventory.Partition;
import org.ocoj.api.inventory.Printer;
import org.ocoj.api.inventory.SoftwarePackage;
import org.ocoj.api.inventory.WindowsAccount;

/** The Windows collectors on the fixtures described in {@link WindowsFixtures}. */
class WindowsCollectorsTest {
    private static final Platform WINDOWS = new Platform(OsFamily.WINDOWS, "amd64");
    private static final Registry REGISTRY = WindowsFixtures.registry();
    private static final CommandRunner COMMANDS = WindowsFixtures.commands();
    private static final String EMMA = "S-1-5-21-3623811015-3361044348-30300820-1001";

    private static CollectorContext context(Optional<Instant> loginsSince, Map<String, String> settings) {
        return CollectorContext.of(WINDOWS, loginsSince, settings);
    }

    private static CollectorContext context() {
        return context(Optional.empty(), Map.of());
    }

    @Test
    void reportsTheOsAsUpstreamNamesIt() throws Exception {
        OperatingSystem os = new WindowsOsCollector(REGISTRY, COMMANDS, () -> 3725.5, () -> "PC-042.corp.example")
                .collect(context()).get(0);
        assertEquals(new OperatingSystem("Windows 11 Professional", "10.0.22631", "1", "0407", "-", "AMD64", 3725.5,
                "UEFI", "1", "PC-042.corp.example"), os);
    }

    @Test
    void aWindows10BuildWithoutActivationOrSecureBootKeyIsReportedSo() throws Exception {
        Registry win10 = overlay(Map.of(WindowsOsCollector.CURRENT_VERSION, Map.of("CurrentBuildNumber", "19045",
                "CurrentMajorVersionNumber", 10, "CurrentMinorVersionNumber", 0, "EditionID", "Enterprise")));
        CommandRunner notActivated = command -> "";
        OperatingSystem os = new WindowsOsCollector(win10, notActivated, () -> 1, () -> "pc").collect(context()).get(0);
        assertEquals("Windows 10 Enterprise", os.name());
        assertEquals("10.0.19045", os.version());
        assertEquals("0", os.license());
        assertEquals("?", os.bootType());
        assertEquals("0", os.secureBoot());
    }

    @Test
    void anOsWithoutBuildNumberIsAnErrorNotAGuess() {
        Registry empty = overlay(Map.of());
        IOException e = assertThrows(IOException.class,
                () -> new WindowsOsCollector(empty, COMMANDS, () -> 1, () -> "pc").collect(context()));
        assertTrue(e.getMessage().contains("CurrentBuildNumber"), e.getMessage());
    }

    @Test
    void reportsUninstallKeysOfBothViewsAppxPackagesAndUpdates() throws Exception {
        List<SoftwarePackage> software = new WindowsSoftwareCollector(REGISTRY, COMMANDS).collect(context());
        String microsoft = "CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US";
        assertEquals(List.of(
                new SoftwarePackage("Notepad++ (32-bit x86)", "8.6", "Notepad++ Team"),
                new SoftwarePackage("Adobe Acrobat Reader DC - Deutsch", "23.008.20421", "Adobe Systems Incorporated"),
                new SoftwarePackage("7-Zip 23.01 (x64)", "23.01", "Igor Pavlov"),
                new SoftwarePackage("Mozilla Firefox (x64 de)", "121.0", "Mozilla"),
                new SoftwarePackage("[System] Microsoft Visual C++ 2022 X64 Minimum Runtime - 14.38.33130", "14.38.33130",
                        "Microsoft Corporation"),
                new SoftwarePackage("[AppX] Microsoft.WindowsCalculator", "11.2311.0.0", microsoft),
                new SoftwarePackage("[AppX] Microsoft.WindowsStore", "22312.1401.3.0", microsoft),
                new SoftwarePackage("[AppX] Microsoft.VCLibs.140.00", "14.0.32530.0", microsoft),
                new SoftwarePackage("[Update] KB5033920", "", "Update"),
                new SoftwarePackage("[Update] KB5034441", "", "Security Update"),
                new SoftwarePackage("[Update] KB5033375", "", "Security Update")), software);
    }

    @Test
    void aFailedAppxQueryFailsTheSectionInsteadOfSendingPartOfIt() {
        CommandRunner noAppx = command -> {
            if (command.equals(PowerShell.command(WindowsSoftwareCollector.APPX_QUERY))) {
                throw new IOException("powershell.exe -NoProfile exited with 1: Get-AppxPackage : Access is denied");
            }
            return COMMANDS.run(command);
        };
        assertThrows(IOException.class, () -> new WindowsSoftwareCollector(REGISTRY, noAppx).collect(context()));
    }

    @Test
    void reportsLocalAccountsWithTheirSid() throws Exception {
        List<WindowsAccount> users = new WindowsUsersCollector(COMMANDS).collect(context());
        assertEquals(5, users.size());
        assertEquals(new WindowsAccount("emma", "Emma Müller", EMMA, false), users.get(2));
        assertEquals(new WindowsAccount("Administrator", "", "S-1-5-21-3623811015-3361044348-30300820-500", true), users.get(0));
    }

    @Test
    void reportsDrivesWithVolumeDeviceSerialAndBitLocker() throws Exception {
        assertEquals(List.of(
                new Partition("\\\\?\\Volume{7c2b1a4e-0000-0000-0000-602200000000}\\", "C:", "NTFS", 510770802688L,
                        238243164160L, "Windows", "6A1B3C4D", true),
                new Partition("?", "D:", "", 0, 0, "", "", false),
                new Partition("\\\\?\\Volume{9a8b7c6d-5e4f-11ee-b3a2-806e6f6e6963}\\", "E:", "exFAT", 62495129600L,
                        60122873856L, "USB-STICK", "1C2D3E4F", false)),
                new WindowsVolumesCollector(COMMANDS).collect(context()));
    }

    @Test
    void drivesAreReportedUnencryptedWhenBitLockerCannotBeAsked() throws Exception {
        CommandRunner noBitLocker = command -> {
            if (command.equals(PowerShell.command(WindowsVolumesCollector.BITLOCKER))) {
                throw new IOException("powershell.exe -NoProfile exited with 1: Get-CimInstance : Invalid namespace");
            }
            return COMMANDS.run(command);
        };
        assertTrue(new WindowsVolumesCollector(noBitLocker).collect(context()).stream().noneMatch(Partition::encrypted));
    }

    @Test
    void reportsPrintersWithUpstreamsStatusWords() throws Exception {
        assertEquals(List.of(
                new Printer("Microsoft Print to PDF", "Microsoft Print To PDF", "Letter, Legal, A4, A5", "600", "PORTPROMPT:", "Idle"),
                new Printer("HP LaserJet M507 (Büro 2)", "HP Universal Printing PCL 6", "A4, A5, Letter", "600",
                        "192.168.10.31", "Out Of Paper"),
                new Printer("OneNote (Desktop)", "Send to Microsoft OneNote 16 Driver", "Letter, A4", "300", "nul:", "Offline")),
                new WindowsPrintersCollector(COMMANDS).collect(context()));
    }

    @Test
    void reportsInteractiveUser32LogonsAfterLoginsSinceOnce() throws Exception {
        List<Login> logins = new WindowsLoginCollector(REGISTRY, COMMANDS)
                .collect(context(Optional.of(Instant.parse("2024-01-12T00:00:00Z")), Map.of()));
        assertEquals(List.of(
                new Login("emma", "Emma Müller", "127.0.0.1", Instant.parse("2024-01-15T07:58:12Z"),
                        "8d5f5ed2-1b4c-4f2a-9d1e-6f3b0c2a7e41"),
                new Login("jdoe", "", "203.0.113.7", Instant.parse("2024-01-15T12:01:40Z"), null)), logins);
    }

    @Test
    void logonsCarryTheDomainWhenConfigured() throws Exception {
        List<Login> logins = new WindowsLoginCollector(REGISTRY, COMMANDS).collect(context(
                Optional.of(Instant.parse("2024-01-12T00:00:00Z")), Map.of("windows.username-with-domain", "1")));
        assertEquals(List.of("PC-042\\emma", "CORP\\jdoe"), logins.stream().map(Login::username).toList());
    }

    @Test
    void noLogonsWhenTheServerWantsNone() throws Exception {
        CommandRunner unused = command -> {
            throw new AssertionError("the Security log must not be read");
        };
        assertEquals(List.of(), new WindowsLoginCollector(REGISTRY, unused).collect(context()));
    }

    @Test
    void theLogonQueryAsksTheLogForEventsAfterLoginsSinceOnly() {
        String query = WindowsLoginCollector.command(Instant.parse("2024-01-12T00:00:00Z")).get(3);
        assertTrue(query.contains("EventID=4624 and TimeCreated[@SystemTime>'2024-01-12T00:00:00Z']"), query);
    }

    /** The fixture registry with some keys replaced. */
    private static Registry overlay(Map<String, Map<String, Object>> keys) {
        return new Registry() {
            @Override
            public List<String> subKeys(String path) {
                return List.of();
            }

            @Override
            public Map<String, Object> values(String path) {
                return keys.getOrDefault(path, Map.of());
            }
        };
    }
}
