package org.ocoj.platform.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The jars of the plugins folder and how they change while the server runs: a jar that is new or whose size or
 * modification time changed is reported once it looked the same at two scans in a row (so a jar still being copied
 * is never loaded half-written), a jar that is gone at once. Hidden files are ignored: copying to {@code .x.jar}
 * and renaming is the way to hand over a jar at one instant. Not thread-safe; one watcher calls it.
 */
final class PluginFolder {

    private static final Logger LOG = Logger.getLogger(PluginFolder.class.getName());

    /** What identifies a version of a file without reading it. */
    record Stamp(long size, long modified) {
    }

    /** Jars to load (new or replaced, now stable) and jars that are gone. */
    record Changes(List<Path> changed, List<Path> removed) {
        boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    private final Path dir;
    private final Map<Path, Stamp> handled = new HashMap<>();
    private final Map<Path, Stamp> settling = new HashMap<>();

    /** Takes the jars there now as handled: the server loaded (or refused) them at start. */
    PluginFolder(Path dir) {
        this.dir = dir;
        handled.putAll(list());
    }

    Changes scan() {
        Map<Path, Stamp> now = list();
        List<Path> changed = new ArrayList<>();
        now.forEach((jar, stamp) -> {
            if (stamp.equals(handled.get(jar))) {
                settling.remove(jar);
            } else if (stamp.equals(settling.get(jar))) {
                changed.add(jar);
                handled.put(jar, stamp);
                settling.remove(jar);
            } else {
                settling.put(jar, stamp);
            }
        });
        settling.keySet().retainAll(now.keySet());
        // while a jar settles, a removal waits: a replacement under a new name takes over before its old jar counts
        // as gone, so the plugin never stops in between
        List<Path> removed = settling.isEmpty()
                ? handled.keySet().stream().filter(jar -> !now.containsKey(jar)).sorted().toList() : List.of();
        removed.forEach(handled::remove);
        changed.sort(null);
        return new Changes(changed, removed);
    }

    private Map<Path, Stamp> list() {
        Map<Path, Stamp> jars = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return jars;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".jar") && !name.startsWith(".") && Files.isRegularFile(file)) {
                    jars.put(file, new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                }
            }
        } catch (IOException e) {
            LOG.warning("Cannot read the plugins folder " + dir + ": " + e.getMessage());
            return new HashMap<>(handled); // nothing changes while it cannot be read
        }
        return jars;
    }
}
