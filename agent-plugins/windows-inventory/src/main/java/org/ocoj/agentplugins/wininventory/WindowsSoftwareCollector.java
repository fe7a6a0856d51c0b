package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;
import org.pf4j.Extension;

/**
 * Installed software (SPEC 3.2 {@code software}, Windows form):
 * <ul>
 *   <li>every Uninstall key with a {@code DisplayName}, 32-bit view ({@code WOW6432Node}) first, then 64-bit,
 *       like upstream: name, {@code DisplayVersion} ({@code ""} if none), {@code Publisher} as description;
 *       entries marked {@code SystemComponent = 1} get the prefix {@code [System] };</li>
 *   <li>AppX packages of all users ({@code Get-AppxPackage -AllUsers}): {@code [AppX] Name}, Version, Publisher;</li>
 *   <li>installed updates ({@code Get-HotFix}): {@code [Update] KB…}, no version, its Description.</li>
 * </ul>
 * Exact duplicates (the same MSI in both views) are sent once.
 */
@Extension
public final class WindowsSoftwareCollector implements Collector {
    static final List<String> UNINSTALL_KEYS = List.of(
            "SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
            "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall");
    static final String APPX_QUERY = "Get-AppxPackage -AllUsers | Select-Object Name,Version,Publisher";
    static final String HOTFIX_QUERY = "Get-HotFix | Select-Object HotFixID,Description";

    private final Registry registry;
    private final PowerShell powerShell;

    public WindowsSoftwareCollector() {
        this(new JnaRegistry(), CommandRunner.system());
    }

    public WindowsSoftwareCollector(Registry registry, CommandRunner commands) {
        this.registry = registry;
        this.powerShell = new PowerShell(commands);
    }

    @Override
    public String id() {
        return "windows-software";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SOFTWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.WINDOWS;
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofSeconds(90); // three PowerShell starts; Get-AppxPackage -AllUsers alone can take 20 s
    }

    @Override
    public List<SoftwarePackage> collect(CollectorContext context) throws IOException, InterruptedException {
        Set<SoftwarePackage> software = new LinkedHashSet<>();
        for (String key : UNINSTALL_KEYS) {
            for (String entry : registry.subKeys(key)) {
                Map<String, Object> values = registry.values(key + "\\" + entry);
                String name = text(values.get("DisplayName"));
                if (!name.isEmpty()) {
                    boolean system = Integer.valueOf(1).equals(values.get("SystemComponent"));
                    software.add(new SoftwarePackage((system ? "[System] " : "") + name,
                            text(values.get("DisplayVersion")), text(values.get("Publisher"))));
                }
            }
        }
        for (Map<String, String> appx : powerShell.objects(APPX_QUERY)) {
            software.add(new SoftwarePackage("[AppX] " + appx.get("Name"), appx.get("Version"), appx.get("Publisher")));
        }
        for (Map<String, String> hotfix : powerShell.objects(HOTFIX_QUERY)) {
            software.add(new SoftwarePackage("[Update] " + hotfix.get("HotFixID"), "", hotfix.get("Description")));
        }
        return new ArrayList<>(software);
    }

    private static String text(Object value) {
        return value instanceof String string ? string.trim() : "";
    }
}
