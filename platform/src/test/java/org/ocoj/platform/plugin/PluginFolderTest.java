package org.ocoj.platform.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the plugin watch sees of a real folder: stable jars only, removals after a replacement settled. */
class PluginFolderTest {

    @TempDir
    Path dir;

    @Test
    void reportsAJarOnceItStoppedChanging() throws Exception {
        Files.writeString(dir.resolve("present-1.0.0.jar"), "loaded at start");
        PluginFolder folder = new PluginFolder(dir);
        assertEquals(none(), folder.scan(), "the jars there at start were handled by the start");

        Path jar = dir.resolve("new-1.0.0.jar");
        Files.writeString(jar, "half");
        assertEquals(none(), folder.scan(), "first seen: it may still be copied");
        Files.writeString(jar, "half and the rest");
        assertEquals(none(), folder.scan(), "it grew: still settling");
        assertEquals(new PluginFolder.Changes(List.of(jar), List.of()), folder.scan());
        assertEquals(none(), folder.scan(), "reported once");

        Files.writeString(jar, "replaced in place");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        folder.scan();
        assertEquals(new PluginFolder.Changes(List.of(jar), List.of()), folder.scan());
    }

    @Test
    void aRemovalWaitsForTheJarThatReplacesIt() throws Exception {
        Path old = Files.writeString(dir.resolve("probe-1.0.0.jar"), "one");
        Files.writeString(dir.resolve(".probe-2.0.0.jar.part"), "hidden while it is written");
        PluginFolder folder = new PluginFolder(dir);

        Path replacement = Files.writeString(dir.resolve("probe-2.0.0.jar"), "two");
        Files.delete(old);
        assertEquals(none(), folder.scan(), "the new jar settles, the old one's removal waits");
        assertEquals(new PluginFolder.Changes(List.of(replacement), List.of(old)), folder.scan());

        Files.delete(replacement);
        assertEquals(new PluginFolder.Changes(List.of(), List.of(replacement)), folder.scan());
    }

    private static PluginFolder.Changes none() {
        return new PluginFolder.Changes(List.of(), List.of());
    }
}
