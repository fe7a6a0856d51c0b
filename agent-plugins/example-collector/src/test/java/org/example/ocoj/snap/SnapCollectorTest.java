package org.example.ocoj.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.SoftwarePackage;

/** {@code CollectorContext.of} gives a collector everything it gets from the agent, without an agent. */
class SnapCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void reportsEveryInstalledSnapWithVersionAndSummary() throws Exception {
        assertEquals(List.of(
                        new SoftwarePackage("[snap] core22", "20241119", "Runtime environment based on Ubuntu 22.04"),
                        new SoftwarePackage("[snap] firefox", "133.0-1", "Mozilla Firefox web browser")),
                new SnapCollector(Path.of("src/test/resources/snap")).collect(CONTEXT));
    }

    @Test
    void reportsNoSnapsWithoutSnapd(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), new SnapCollector(dir.resolve("snap")).collect(CONTEXT));
    }
}
