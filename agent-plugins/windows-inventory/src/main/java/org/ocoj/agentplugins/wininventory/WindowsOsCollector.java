package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
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
 * Windows OS scalars (SPEC 3.1) as upstream's Windows agent sends them, read from the registry (cheap: this
 * collector runs at every hello for the uptime):
 * <ul>
 *   <li>{@code os} "Windows &lt;release&gt; &lt;EditionID&gt;" (Python's {@code win32_ver()[0]} and
 *       {@code win32_edition()}: release 11 from build 22000 on), servers their {@code ProductName};</li>
 *   <li>{@code os_version} major.minor.build ({@code win32_ver()[1]}, e.g. {@code 10.0.22631});</li>
 *   <li>{@code os_language} the system locale's LCID as four hex digits ({@code 0407}, Win32_OperatingSystem.Locale);</li>
 *   <li>{@code os_license} {@code 1} when Windows is activated (SoftwareLicensingProduct, asked at most
 *       hourly because that query costs seconds of CPU), else {@code 0};</li>
 *   <li>{@code boot_type} from {@code PEFirmwareType} (upstream greps bcdedit for "EFI"), {@code secure_boot}
 *       from {@code UEFISecureBootEnabled} ({@code 0} when absent, like upstream);</li>
 *   <li>{@code kernel_version} {@code -}, {@code architecture} {@code PROCESSOR_ARCHITECTURE} ({@code AMD64}).</li>
 * </ul>
 */
@Extension
public final class WindowsOsCollector implements Collector {
    static final String CURRENT_VERSION = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    static final String LICENSE_QUERY = "Get-CimInstance -ClassName SoftwareLicensingProduct -Filter "
            + "\"ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f' AND LicenseStatus=1\" | Select-Object LicenseStatus";
    private static final Duration LICENSE_CHECK_INTERVAL = Duration.ofHours(1);

    private final Registry registry;
    private final PowerShell powerShell;
    private final DoubleSupplier uptime;
    private final Supplier<String> fqdn;
    private final LicenseCache license = new LicenseCache();

    public WindowsOsCollector() {
        this(new JnaRegistry(), CommandRunner.system(),
                () -> new SystemInfo().getOperatingSystem().getSystemUptime(), HostNames::fullyQualified);
    }

    /** @param uptime seconds since boot; @param fqdn the fully qualified host name ({@code domain}) */
    public WindowsOsCollector(Registry registry, CommandRunner commands, DoubleSupplier uptime, Supplier<String> fqdn) {
        this.registry = registry;
        this.powerShell = new PowerShell(commands);
        this.uptime = uptime;
        this.fqdn = fqdn;
    }

    @Override
    public String id() {
        return "windows-os";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.OPERATING_SYSTEM);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public List<OperatingSystem> collect(CollectorContext context) throws IOException, InterruptedException {
        int major = number(registry.text(CURRENT_VERSION, "CurrentMajorVersionNumber"));
        int minor = number(registry.text(CURRENT_VERSION, "CurrentMinorVersionNumber"));
        String build = registry.text(CURRENT_VERSION, "CurrentBuildNumber");
        if (build.isEmpty()) {
            throw new IOException("HKLM\\" + CURRENT_VERSION + " has no CurrentBuildNumber");
        }
        String bootType = switch (registry.text("SYSTEM\\CurrentControlSet\\Control", "PEFirmwareType")) {
            case "2" -> "UEFI";
            case "1" -> "Legacy";
            default -> "?";
        };
        String secureBoot = registry.text("SYSTEM\\CurrentControlSet\\Control\\SecureBoot\\State", "UEFISecureBootEnabled");
        String architecture = registry.text("SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", "PROCESSOR_ARCHITECTURE");
        return List.of(new OperatingSystem(name(major, number(build)), major + "." + minor + "." + build,
                license.get(), language(), "-", architecture.isEmpty() ? "?" : architecture, uptime.getAsDouble(),
                bootType, secureBoot.isEmpty() ? "0" : secureBoot, fqdn.get()));
    }

    private String name(int major, int build) {
        if ("Server".equals(registry.text(CURRENT_VERSION, "InstallationType"))) {
            return registry.text(CURRENT_VERSION, "ProductName");
        }
        String release = major == 10 ? (build >= 22000 ? "11" : "10") : registry.text(CURRENT_VERSION, "CurrentVersion");
        return "Windows " + release + " " + registry.text(CURRENT_VERSION, "EditionID");
    }

    /** {@code Nls\Locale}'s default value is the LCID as eight hex digits, {@code 00000407}. */
    private String language() {
        String locale = registry.text("SYSTEM\\CurrentControlSet\\Control\\Nls\\Locale", "");
        return locale.length() >= 4 ? locale.substring(locale.length() - 4) : "?";
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }


    /** The activation state, asked again after an hour (it changes once in a machine's life, the query is slow). */
    private final class LicenseCache {
        private String status;
        private Instant askedAt = Instant.MIN;

        synchronized String get() throws IOException, InterruptedException {
            if (status == null || Instant.now().isAfter(askedAt.plus(LICENSE_CHECK_INTERVAL))) {
                status = powerShell.objects(LICENSE_QUERY).isEmpty() ? "0" : "1";
                askedAt = Instant.now();
            }
            return status;
        }
    }
}
