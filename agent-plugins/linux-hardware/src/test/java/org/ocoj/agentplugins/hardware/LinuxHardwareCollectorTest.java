package org.ocoj.agentplugins.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.Hardware;

class LinuxHardwareCollectorTest {
    private static final CollectorContext CONTEXT =
            CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of());

    @Test
    void readsDmiCpuRamAndNamesTheGpu() throws Exception {
        Path root = Path.of(getClass().getResource("/root").toURI());
        Hardware hardware = new LinuxHardwareCollector(root).collect(CONTEXT).get(0);

        assertEquals("LENOVO", hardware.manufacturer());
        assertEquals("ThinkPadT14Gen3", hardware.model(), "whitespace removed like upstream");
        assertEquals("PF3XYZ12", hardware.serial());
        assertEquals("R23ET70W(1.46)", hardware.biosVersion());
        assertEquals("12th Gen Intel(R) Core(TM) i7-1260P", hardware.cpu());
        assertEquals(24684084L * 1024, hardware.ramBytes());
        assertEquals("Intel Corporation Alder Lake-P GT2 [Iris Xe Graphics]", hardware.gpu());
    }

    @Test
    void leavesDmiEmptyWhereTheMachineHasNone(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC\n");
        Files.writeString(root.resolve("proc/meminfo"), "MemTotal:       1024 kB\n");

        Hardware hardware = new LinuxHardwareCollector(root).collect(CONTEXT).get(0);

        assertEquals(new Hardware("AMD EPYC", 1024 * 1024, "", "", "", "", ""), hardware);
    }
}
