package org.ocoj.agentplugins.macinventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.CommandRunner;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;
import org.pf4j.Extension;

/**
 * Installed software (SPEC 3.2 {@code software}, macOS form):
 * <ul>
 *   <li>each {@code /Applications/*.app} with a {@code Contents/Info.plist}, as upstream sends it: name
 *       {@code CFBundleName} (else the bundle's folder name), version {@code CFBundleVersion} (else "?"),
 *       description {@code CFBundleGetInfoString} (else "-"); an unreadable Info.plist skips that app with a
 *       warning, as upstream does;</li>
 *   <li>(OCO-J) each installer package receipt ({@code pkgutil --pkgs}) as {@code [Package] <id>} with its
 *       receipt's version and install location as description: software installed outside
 *       {@code /Applications} (command-line tools, drivers, agents).</li>
 * </ul>
 */
@Extension
public final class MacSoftwareCollector implements Collector {
    private static final Logger LOG = Logger.getLogger(MacSoftwareCollector.class.getName());
    static final List<String> PKGS = List.of("pkgutil", "--pkgs");

    private final Path applications;
    private final CommandRunner commands;

    public MacSoftwareCollector() {
        this(Path.of("/Applications"), CommandRunner.system());
    }

    public MacSoftwareCollector(Path applications, CommandRunner commands) {
        this.applications = applications;
        this.commands = commands;
    }

    @Override
    public String id() {
        return "macos-software";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SOFTWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.MACOS;
    }

    @Override
    public Duration timeLimit() {
        return Duration.ofSeconds(90); // one pkgutil call per receipt
    }

    @Override
    public List<SoftwarePackage> collect(CollectorContext context) throws IOException, InterruptedException {
        List<SoftwarePackage> software = new ArrayList<>();
        try (Stream<Path> entries = Files.list(applications)) {
            for (Path app : entries.sorted().toList()) {
                Path infoPlist = app.resolve("Contents/Info.plist");
                if (app.getFileName().toString().endsWith(".app") && Files.isRegularFile(infoPlist)) {
                    application(app, infoPlist).ifPresent(software::add);
                }
            }
        }
        for (String id : commands.run(PKGS).lines().map(String::trim).filter(line -> !line.isEmpty()).toList()) {
            Map<String, String> receipt = receipt(commands.run(List.of("pkgutil", "--pkg-info", id)));
            software.add(new SoftwarePackage("[Package] " + id, receipt.getOrDefault("version", ""),
                    receipt.getOrDefault("location", "")));
        }
        return software;
    }

    private Optional<SoftwarePackage> application(Path app, Path infoPlist) throws InterruptedException {
        try {
            Map<String, String> info = Plist.read(infoPlist, commands);
            String folder = app.getFileName().toString();
            return Optional.of(new SoftwarePackage(nonEmpty(info.get("CFBundleName"), folder),
                    nonEmpty(info.get("CFBundleVersion"), "?"), nonEmpty(info.get("CFBundleGetInfoString"), "-")));
        } catch (IOException e) {
            LOG.warning("application " + app + " left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code pkgutil --pkg-info} prints {@code key: value} lines (package-id, version, volume, location, install-time). */
    static Map<String, String> receipt(String output) {
        Map<String, String> fields = new HashMap<>();
        output.lines().forEach(line -> {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
            }
        });
        return fields;
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
