package org.ocoj.platform.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Finds a mariadbd still serving our data directory when the server starts. After a {@code kill -9} of the
 * Java process its mariadbd lives on (re-parented to init); it holds InnoDB's file locks, so a new one could
 * not start. It is stopped the way MariaDB wants to be stopped (SIGTERM: finish and flush), and killed only if
 * it does not end in time. A mariadbd whose parent is another live Java process belongs to another OCO-J
 * server started on the same data directory: that one is left alone and this start is refused.
 */
final class OrphanedServers {

    private static final Path PROC = Path.of("/proc");

    private final Path dataDir;
    private final Path pidFile;

    OrphanedServers(Path dataDir, Path pidFile) {
        this.dataDir = dataDir;
        this.pidFile = pidFile;
    }

    /** @return a line for the operator when an orphan was stopped */
    Optional<String> stopAny() {
        Optional<ProcessHandle> found = find();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle orphan = found.get();
        Optional<ProcessHandle> parent = orphan.parent().filter(ProcessHandle::isAlive);
        if (parent.isPresent() && isJava(parent.get()) && parent.get().pid() != ProcessHandle.current().pid()) {
            throw new EmbeddedDatabaseException("the embedded database " + dataDir + " is in use by another OCO-J "
                    + "server (process " + parent.get().pid() + "): stop it first, or give this server its own "
                    + "OCO_DATA_DIR");
        }
        orphan.destroy();
        if (!awaitExit(orphan, 120)) {
            orphan.destroyForcibly();
            if (!awaitExit(orphan, 30)) {
                throw new EmbeddedDatabaseException("a mariadbd left running by an earlier start (process "
                        + orphan.pid() + ") does not stop: end it, then start again");
            }
        }
        return Optional.of("stopped the embedded MariaDB left running by an earlier server (process " + orphan.pid()
                + ")");
    }

    /** The pid file names the candidate; without one, a scan of /proc finds a server started just before a crash. */
    private Optional<ProcessHandle> find() {
        Optional<ProcessHandle> fromPidFile = pidFromFile().flatMap(ProcessHandle::of).filter(this::servesOurDataDir);
        if (fromPidFile.isPresent()) {
            return fromPidFile;
        }
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(this::servesOurDataDir).findFirst();
        }
    }

    private Optional<Long> pidFromFile() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean servesOurDataDir(ProcessHandle process) {
        return process.isAlive() && commandLine(process).contains("--datadir=" + dataDir);
    }

    private static List<String> commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(process.pid())).resolve("cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return List.of(); // gone, or not ours to read
        }
    }

    private static boolean isJava(ProcessHandle process) {
        List<String> command = commandLine(process);
        return !command.isEmpty() && Path.of(command.get(0)).getFileName().toString().startsWith("java");
    }

    private static boolean awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
