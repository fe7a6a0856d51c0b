package com.example.mycollector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.CustomSection;

class UptimeCollectorTest {

    @TempDir
    Path root;

    @Test
    void reportsUptimeAndLoadAsACustomSection() throws Exception {
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/uptime"), "12345.67 23456.78\n");
        Files.writeString(root.resolve("proc/loadavg"), "0.42 0.30 0.25 1/234 5678\n");

        List<CustomSection> sections = new UptimeCollector(root).collect(
                CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of()));

        assertEquals(List.of(new CustomSection("uptime",
                Map.of("seconds", 12345L, "load", Map.of("avg1", 0.42, "avg5", 0.30)))), sections);
    }
}
