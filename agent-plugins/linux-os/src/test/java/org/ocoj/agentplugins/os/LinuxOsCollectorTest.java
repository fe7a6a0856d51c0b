package org.ocoj.agentplugins.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.OperatingSystem;

class LinuxOsCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void readsADebianFixtureTree() throws Exception {
        Path root = Path.of(getClass().getResource("/root").toURI());
        OperatingSystem os = new LinuxOsCollector(root, () -> "pc1.corp.example").collect(CONTEXT).get(0);

        assertEquals("Debian GNU/Linux", os.name());
        assertEquals("12", os.version());
        assertEquals("6.1.0-18-amd64", os.kernelVersion());
        assertEquals("x86_64", os.architecture());
        assertEquals(6699.69, os.uptimeSeconds());
        assertEquals("UEFI", os.bootType());
        assertEquals("1", os.secureBoot());
        assertEquals("de_DE", os.language());
        assertEquals("-", os.license());
        assertEquals("pc1.corp.example", os.domain());
    }

    @Test
    void reportsLegacyBootAndNoLocaleOnABareTree(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.createDirectories(root.resolve("proc/sys/kernel"));
        Files.writeString(root.resolve("etc/os-release"), "NAME=\"Rocky Linux\"\nVERSION_ID=\"9.3\"\n");
        Files.writeString(root.resolve("proc/sys/kernel/osrelease"), "5.14.0-362.el9.x86_64\n");
        Files.writeString(root.resolve("proc/uptime"), "12.5 3.0\n");

        OperatingSystem os = new LinuxOsCollector(root, () -> "localhost").collect(CONTEXT).get(0);

        assertEquals("Rocky Linux", os.name());
        assertEquals("9.3", os.version());
        assertEquals("Legacy", os.bootType());
        assertEquals("0", os.secureBoot());
        assertEquals("-", os.language());
    }

    @Test
    void failsWithThePathWhenProcIsMissing(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/os-release"), "NAME=Debian\n");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new LinuxOsCollector(root, () -> "x").collect(CONTEXT));
        assertTrue(e.getMessage().endsWith("proc/sys/kernel/osrelease"), e.getMessage());
    }

    @Test
    void appliesToLinuxOnly() {
        LinuxOsCollector collector = new LinuxOsCollector();
        assertTrue(collector.appliesTo(new Platform(OsFamily.LINUX, "amd64")));
        assertFalse(collector.appliesTo(new Platform(OsFamily.WINDOWS, "amd64")));
    }
}
