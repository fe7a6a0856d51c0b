package org.ocoj.platform.agentplugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The folder of collector plugin jars the server hands to agents ({@code OCO_AGENT_PLUGINS_DIR}). Read on the
 * hello path, so it is cheap: the listing is refreshed at most every {@link #RESCAN_NANOS}, and a jar is
 * opened and hashed again only when its size or modification time changed. Dropping a jar in (or removing
 * one) reaches the agents within seconds, without a restart. Thread-safe.
 */
final class AgentPluginFolder {
    private static final Logger LOG = Logger.getLogger(AgentPluginFolder.class.getName());
    static final long RESCAN_NANOS = 10_000_000_000L;

    private final Path dir;
    private final LongSupplier nanoTime;
    private final Set<String> reportedProblems = new HashSet<>();
    private Map<String, AgentPluginJar> byFile = Map.of();
    private List<AgentPluginJar> current = List.of();
    private long scannedAt;
    private boolean scanned;

    AgentPluginFolder(Path dir, LongSupplier nanoTime) {
        this.dir = dir;
        this.nanoTime = nanoTime;
    }

    Path dir() {
        return dir;
    }

    /** The usable jars, sorted by file name; one per plugin id (the first by file name wins). */
    synchronized List<AgentPluginJar> jars() {
        long now = nanoTime.getAsLong();
        if (!scanned || now - scannedAt >= RESCAN_NANOS) {
            scan();
            scanned = true;
            scannedAt = now;
        }
        return current;
    }

    /** The offered jar with this file name, if any: the only files the download endpoint serves. */
    synchronized Optional<AgentPluginJar> byFileName(String fileName) {
        return jars().stream().filter(jar -> jar.fileName().equals(fileName)).findFirst();
    }

    private void scan() {
        if (!Files.isDirectory(dir)) {
            byFile = Map.of();
            current = List.of();
            return;
        }
        Map<String, AgentPluginJar> next = new HashMap<>();
        List<AgentPluginJar> jars = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList()) {
                read(file).ifPresent(jar -> {
                    next.put(jar.fileName(), jar);
                    if (ids.add(jar.id())) {
                        jars.add(jar);
                    } else {
                        problem(file + ": plugin id " + jar.id() + " is already offered by another jar; not offered");
                    }
                });
            }
        } catch (IOException e) {
            problem("cannot list the agent plugin folder " + dir + ": " + e.getMessage());
        }
        byFile = next;
        current = List.copyOf(jars);
    }

    private Optional<AgentPluginJar> read(Path file) {
        String name = file.getFileName().toString();
        try {
            AgentPluginJar known = byFile.get(name);
            if (known != null && known.size() == Files.size(file)
                    && known.modified() == Files.getLastModifiedTime(file).toMillis()) {
                return Optional.of(known);
            }
            AgentPluginJar jar = AgentPluginJar.read(file);
            LOG.info("agent collector plugin " + jar.id() + " " + jar.version() + " offered to agents from " + file
                    + " (SHA-256 " + jar.sha256() + ")");
            return Optional.of(jar);
        } catch (IOException e) {
            problem(e.getMessage());
            return Optional.empty();
        }
    }

    /** Logs a problem once, not on every rescan. */
    private void problem(String message) {
        if (reportedProblems.add(message)) {
            LOG.warning(message);
        }
    }
}
