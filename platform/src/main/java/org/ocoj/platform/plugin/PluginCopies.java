package org.ocoj.platform.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Private copies of the jars loaded while the server runs, each under a name of its own. The JVM caches a jar read
 * through {@code jar:} URLs (Flyway's migration scan, a plugin's resources) by its path, beyond the class loader that
 * read it: a new version loaded from the path of the old would be read with the old content, and the old version,
 * still running after a refusal, with the new. A copy also lets a jar be overwritten in place while its plugin runs.
 */
final class PluginCopies {

    private static final Logger LOG = Logger.getLogger(PluginCopies.class.getName());

    private final AtomicLong next = new AtomicLong();
    private Path dir;

    synchronized Path copy(Path jar) throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("oco-j-plugin-copies");
        }
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        return Files.copy(jar, dir.resolve(name + "." + next.incrementAndGet() + ".jar"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.warning("Cannot delete the plugin copy " + copy + ": " + e.getMessage());
        }
    }
}
