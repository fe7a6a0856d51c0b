package org.example.ocoj.snap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;
import org.pf4j.Extension;

/**
 * Installed snap packages, reported as software next to the dpkg/rpm packages (which do not include
 * snaps). Reads {@code /snap/<name>/current/meta/snap.yaml} of every mounted snap.
 *
 * <p>{@code @Extension} is all the agent needs to find the class: PF4J's annotation processor lists it in
 * {@code META-INF/extensions.idx} at compile time.
 */
@Extension
public final class SnapCollector implements Collector {
    private final Path snapRoot;

    /** The agent creates collectors with their public no-argument constructor. */
    public SnapCollector() {
        this(Path.of("/snap"));
    }

    /** Tests point the collector at a fixture tree instead of {@code /snap}. */
    SnapCollector(Path snapRoot) {
        this.snapRoot = snapRoot;
    }

    @Override
    public String id() {
        return "example-snap";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SOFTWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    @Override
    public List<SoftwarePackage> collect(CollectorContext context) throws IOException {
        List<SoftwarePackage> packages = new ArrayList<>();
        if (!Files.isDirectory(snapRoot)) {
            return packages; // snapd not installed: known to have no snaps
        }
        try (Stream<Path> snaps = Files.list(snapRoot)) {
            for (Path snap : snaps.sorted().toList()) {
                Path meta = snap.resolve("current/meta/snap.yaml");
                if (Files.isRegularFile(meta)) {
                    // an unreadable file throws: the agent then leaves the software section out this time
                    Map<String, String> yaml = SnapYaml.topLevelScalars(Files.readString(meta, StandardCharsets.UTF_8));
                    packages.add(new SoftwarePackage("[snap] " + yaml.getOrDefault("name", snap.getFileName().toString()),
                            yaml.getOrDefault("version", "-"), yaml.getOrDefault("summary", "")));
                }
            }
        }
        return packages;
    }
}
