package org.ocoj.agent.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.agent.Collector;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.InventorySection;
import org.ocoj.api.inventory.SoftwarePackage;

/** Loads a real collector plugin jar, built here the way a third party builds one, through PF4J. */
class CollectorHostTest {
    private static final String SOURCE = """
            package com.example.collector;

            import java.util.List;
            import java.util.Set;
            import org.ocoj.api.agent.*;
            import org.ocoj.api.inventory.*;
            import org.pf4j.Extension;

            @Extension
            public class HelloCollector implements Collector {
                public String id() { return "example-hello"; }
                public Set<InventorySection> sections() { return Set.of(InventorySection.SOFTWARE); }
                public boolean appliesTo(Platform platform) { return true; }
                public List<SoftwarePackage> collect(CollectorContext context) {
                    return List.of(new SoftwarePackage("hello", "2.10-3", "example from a plugin jar"));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void findsCollectorsInPluginJarsAndRunsThem() throws Exception {
        Path plugins = Files.createDirectory(dir.resolve("plugins"));
        buildPluginJar(plugins.resolve("example-hello-1.0.0.jar"));

        try (CollectorHost host = CollectorHost.start(plugins)) {
            List<Collector> collectors = host.collectors();
            assertEquals(List.of("example-hello"), collectors.stream().map(Collector::id).toList());

            CollectedInventory inventory = new CollectorRunner(collectors).collect(EnumSet.allOf(InventorySection.class),
                    new AgentCollectorContext(new Platform(OsFamily.LINUX, "amd64"), Optional.of(Instant.EPOCH),
                            (section, key) -> Optional.empty()));
            assertEquals(List.of(new SoftwarePackage("hello", "2.10-3", "example from a plugin jar")),
                    inventory.items(InventorySection.SOFTWARE, SoftwarePackage.class));
        }
    }

    @Test
    void startsWithoutAPluginDirectory() {
        try (CollectorHost host = CollectorHost.start(dir.resolve("missing"))) {
            assertTrue(host.collectors().isEmpty());
        }
    }

    /** javac with PF4J's annotation processor (writes META-INF/extensions.idx), then a jar with the manifest. */
    private void buildPluginJar(Path jar) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/com/example/collector"));
        Files.writeString(src.resolve("HelloCollector.java"), SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.resolve("HelloCollector.java").toString());
        assertEquals(0, status, "plugin source compiles");
        assertTrue(Files.exists(classes.resolve("META-INF/extensions.idx")), "PF4J indexed the extension");

        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", "example-hello");
        attributes.putValue("Plugin-Version", "1.0.0");
        attributes.putValue("Plugin-Class", "org.pf4j.Plugin");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
