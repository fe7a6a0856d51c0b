package org.ocoj.platform.agentplugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentPluginFolderTest {
    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong();
    @Test
    void offersEveryPluginJarWithIdVersionAndHash() throws Exception {
        Path jar = jar("linux-flatpak-1.2.0.jar", "linux-flatpak", "1.2.0");
        jar("notes.txt.jar", null, null); // a jar without PF4J descriptor is no plugin

        List<AgentPluginJar> jars = newFolder().jars();

        assertEquals(1, jars.size());
        AgentPluginJar offered = jars.get(0);
        assertEquals("linux-flatpak", offered.id());
        assertEquals("1.2.0", offered.version());
        assertEquals("linux-flatpak-1.2.0.jar", offered.fileName());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar))),
                offered.sha256());
    }

    @Test
    void offersOneJarPerPluginId() throws Exception {
        jar("a-1.0.jar", "same-id", "1.0");
        jar("b-2.0.jar", "same-id", "2.0");

        assertEquals(List.of("a-1.0.jar"), newFolder().jars().stream().map(AgentPluginJar::fileName).toList());
    }

    @Test
    void seesNewAndChangedJarsAfterTheRescanInterval() throws Exception {
        AgentPluginFolder folder = newFolder();
        assertEquals(List.of(), folder.jars());
        Path jar = jar("x.jar", "x", "1.0");
        assertEquals(List.of(), folder.jars(), "listing is cached on the hello path");

        now.addAndGet(AgentPluginFolder.RESCAN_NANOS);
        assertEquals("1.0", folder.jars().get(0).version());

        jar("x.jar", "x", "2.0");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        now.addAndGet(AgentPluginFolder.RESCAN_NANOS);
        assertEquals("2.0", folder.jars().get(0).version());
        assertTrue(folder.byFileName("x.jar").isPresent());
        assertTrue(folder.byFileName("../x.jar").isEmpty());
    }

    @Test
    void offersNothingWithoutTheFolder() {
        assertEquals(List.of(), new AgentPluginFolder(dir.resolve("missing"), now::get).jars());
    }

    private AgentPluginFolder newFolder() {
        return new AgentPluginFolder(dir, now::get);
    }

    private Path jar(String fileName, String id, String version) throws Exception {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            attributes.putValue("Plugin-Id", id);
            attributes.putValue("Plugin-Version", version);
        }
        Path jar = dir.resolve(fileName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("README.txt"));
            out.write(("plugin " + id + " " + version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
