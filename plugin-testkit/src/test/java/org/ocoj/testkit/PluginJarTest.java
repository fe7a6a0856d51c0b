package org.ocoj.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real plugin jar of the kit's probe plugin (kit-probe). */
class PluginJarTest {

    @Test
    void buildsAPluginJarWithItsIndexAndResources(@TempDir Path dir) throws IOException {
        Path jar = PluginJar.of("kit-probe", "1.0.0").requires("^1.2.0")
                .classes(Path.of("target/test-classes"), "org/ocoj/testkit/probe/")
                .folder("db/migration/kit-probe/").write(dir.resolve("kit-probe.jar"));
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals("kit-probe", file.getManifest().getMainAttributes().getValue("Plugin-Id"));
            assertEquals("^1.2.0", file.getManifest().getMainAttributes().getValue("Plugin-Requires"));
            assertEquals("org.ocoj.testkit.probe.KitProbeMethod\n",
                    new String(file.getInputStream(file.getEntry("META-INF/extensions.idx")).readAllBytes()));
            assertTrue(file.getEntry("org/ocoj/testkit/probe/KitProbeMethod.class") != null);
            assertTrue(file.getEntry("db/migration/kit-probe/V1__kit_probe.sql") != null);
            assertEquals(1, Collections.list(file.entries()).stream()
                    .filter(e -> e.getName().equals("org/ocoj/")).count(), "each folder once");
        }
    }
}
