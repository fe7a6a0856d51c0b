package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CommandRunner;

/**
 * The Windows collectors fed from fixtures instead of the machine (also used by the agent's upstream key-set
 * test through this module's test jar). Where they come from:
 * <ul>
 *   <li>{@code windows/hklm.reg}: a {@code regedit} export (UTF-16LE, "Windows Registry Editor Version 5.00") of
 *       the keys the collectors read. Key and value names and types are those Microsoft documents (Uninstall
 *       Registry Key, ProfileList, LogonUI SessionData, SecureBoot\State, PEFirmwareType, Nls\Locale);
 *       values are typical of a Windows 11 23H2 Pro machine (ProductName still says "Windows 10 Pro" there,
 *       a documented quirk). Composed for these tests, not exported from one real machine.</li>
 *   <li>{@code windows/*.csv}: Windows PowerShell 5.1 {@code ConvertTo-Csv -NoTypeInformation} output (every
 *       field quoted, CRLF, UTF-8 preamble in {@code users.csv}) of the CIM classes and cmdlets named in each
 *       collector, with the property names of Microsoft's class documentation.</li>
 *   <li>{@code windows/security-4624.xml}: {@code wevtutil qe Security /f:xml} output, events 4624 in the
 *       layout of the example in Microsoft's "4624(S): An account was successfully logged on" page: a console
 *       logon logged twice (elevated and filtered token), a non-User32 logon, an RDP logon and an older one.</li>
 * </ul>
 */
public final class WindowsFixtures {
    public static final String FQDN = "PC-042.corp.example";
    public static final double UPTIME = 3725.5;

    private static final Map<List<String>, String> OUTPUTS = Map.of(
            PowerShell.command(WindowsOsCollector.LICENSE_QUERY), "license.csv",
            PowerShell.command(WindowsSoftwareCollector.APPX_QUERY), "appx.csv",
            PowerShell.command(WindowsSoftwareCollector.HOTFIX_QUERY), "hotfix.csv",
            PowerShell.command(WindowsUsersCollector.QUERY), "users.csv",
            PowerShell.command(WindowsVolumesCollector.DISKS), "logicaldisk.csv",
            PowerShell.command(WindowsVolumesCollector.VOLUMES), "volume.csv",
            PowerShell.command(WindowsVolumesCollector.BITLOCKER), "bitlocker.csv",
            PowerShell.command(WindowsPrintersCollector.QUERY), "printers.csv");

    private WindowsFixtures() {
    }

    public static Registry registry() {
        try {
            return RegFile.parse(CommandRunner.decode(bytes("hklm.reg")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers each command the collectors run with its fixture; wevtutil with the Security log's events. */
    public static CommandRunner commands() {
        return command -> {
            String fixture = command.get(0).equals("wevtutil") ? "security-4624.xml" : OUTPUTS.get(command);
            if (fixture == null) {
                throw new IOException("no fixture for " + command);
            }
            return CommandRunner.decode(bytes(fixture));
        };
    }

    /** Every Windows collector of this plugin, on the fixtures. */
    public static List<Collector> collectors() {
        Registry registry = registry();
        CommandRunner commands = commands();
        return List.of(new WindowsOsCollector(registry, commands, () -> UPTIME, () -> FQDN),
                new WindowsSoftwareCollector(registry, commands), new WindowsUsersCollector(commands),
                new WindowsVolumesCollector(commands), new WindowsPrintersCollector(commands),
                new WindowsLoginCollector(registry, commands));
    }

    static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = WindowsFixtures.class.getResourceAsStream("/windows/" + fixture)) {
            if (in == null) {
                throw new IOException("fixture windows/" + fixture + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
