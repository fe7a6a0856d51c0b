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

/** Installed RPM packages through {@code rpm -qa}; nothing on machines without an rpm database. */
@Extension
public final class RpmCollector implements Collector {
    private static final List<Path> RPM_DATABASES = List.of(Path.of("/var/lib/rpm"), Path.of("/usr/lib/sysimage/rpm"));

    @Override
    public String id() {
        return "linux-rpm";
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
    public List<SoftwarePackage> collect(CollectorContext context) throws IOException, InterruptedException {
        if (RPM_DATABASES.stream().noneMatch(Files::isDirectory)) {
            return List.of();
        }
        Process rpm = new ProcessBuilder("rpm", "-qa", "--queryformat", RpmQuery.QUERY_FORMAT)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String output = new String(rpm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = rpm.waitFor();
            if (exit != 0) {
                throw new IOException("rpm -qa exited with status " + exit);
            }
            return RpmQuery.parse(output);
        } finally {
            rpm.destroy(); // interrupted by the agent's time limit: do not leave rpm running
        }
    }
}
