package org.ocoj.agentplugins.software;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;
import org.pf4j.Extension;

/** Installed Debian packages, read straight from dpkg's status file (no apt or dpkg-query process). */
@Extension
public final class DpkgCollector implements Collector {
    private final Path statusFile;

    public DpkgCollector() {
        this(Path.of("/var/lib/dpkg/status"));
    }

    DpkgCollector(Path statusFile) {
        this.statusFile = statusFile;
    }

    @Override
    public String id() {
        return "linux-dpkg";
    }

    @Override
    public Set<InventorySection> sections() {
        return Set.of(InventorySection.SOFTWARE);
    }

    @Override
    public boolean appliesTo(Platform platform) {
        return platform.family() == OsFamily.LINUX;
    }

    /** Empty on machines without dpkg; the rpm collector fills the section there. */
    @Override
    public List<SoftwarePackage> collect(CollectorContext context) throws IOException {
        if (!Files.exists(statusFile)) {
            return List.of();
        }
        return DpkgStatus.installed(Files.readString(statusFile, StandardCharsets.UTF_8));
    }
}
