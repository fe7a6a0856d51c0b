package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.HostNames;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.OperatingSystem;
import org.pf4j.Extension;
import oshi.SystemInfo;

/**
 * macOS scalars (SPEC 3.1) as upstream's macOS agent sends them: {@code os} "macOS", {@code os_version} the
 * product version ({@code SystemVersion.plist}, what {@code platform.mac_ver()} reads), {@code kernel_version}
 * and {@code architecture} from {@code uname -r -m} (Darwin release, {@code arm64}/{@code x86_64}),
 * {@code os_language} the system locale ({@code AppleLocale} of the global preferences, e.g. {@code de_DE};
 * upstream asks AppleScript for the agent user's, which for a root daemon is root's), {@code os_license} "-",
 * {@code boot_type} "UEFI" and {@code secure_boot} "?" like upstream. Runs at every hello (uptime): one
 * {@code uname} and one {@code defaults} call.
 */
@Extension
public final class MacOsCollector implements Collector {
    static final List<String> UNAME = List.of("uname", "-r", "-m");
    static final List<String> LOCALE = List.of("defaults", "read", "/Library/Preferences/.GlobalPreferences", "AppleLocale");

    private final Path root;
    private final CommandRunner commands;
    private final DoubleSupplier uptime;
    private final Supplier<String> fqdn;

    public MacOsCollector() {
        this(Path.of("/"), CommandRunner.system(), () -> new SystemInfo().getOperatingSystem().getSystemUptime(),
                HostNames::fullyQualified);
    }

    /** @param root the file system root ({@code /}; tests pass a fixture tree) */
    public MacOsCollector(Path root, CommandRunner commands, DoubleSupplier uptime, Supplier<String> fqdn) {
        this.root = root;
        this.commands = commands;
        this.uptime = uptime;
        this.fqdn = fqdn;
    }

    @Override
    public String id() {
        return "macos-os";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.OPERATING_SYSTEM);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.MACOS;
    }

    @Override
    public List<OperatingSystem> collect(CollectorContext context) throws IOException, InterruptedException {
        Path versionPlist = root.resolve("System/Library/CoreServices/SystemVersion.plist");
        String version = Plist.read(versionPlist, commands).getOrDefault("ProductVersion", "");
        if (version.isEmpty()) {
            throw new IOException(versionPlist + " has no ProductVersion");
        }
        String[] uname = commands.run(UNAME).trim().split("\\s+");
        return List.of(new OperatingSystem("macOS", version, "-", locale(), uname[0],
                uname.length > 1 ? uname[1] : "?", uptime.getAsDouble(), "UEFI", "?", fqdn.get()));
    }

    /** No system locale set (never through Setup Assistant) → "?", as upstream when AppleScript fails. */
    private String locale() throws InterruptedException {
        try {
            String locale = commands.run(LOCALE).trim();
            return locale.isEmpty() ? "?" : locale;
        } catch (IOException e) {
            return "?";
        }
    }
}
