package org.ocoj.platform.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates a new MariaDB data directory with {@code mariadb-install-db}. It is built next to its final place and
 * renamed when complete, so that a crash during installation leaves nothing that looks like a database.
 */
final class MariaDbInstallation {

    private static final long TIMEOUT_SECONDS = 300;

    private final MariaDbBinaries binaries;
    private final Path dataDir;
    private final boolean asRoot;

    MariaDbInstallation(MariaDbBinaries binaries, Path dataDir, boolean asRoot) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.asRoot = asRoot;
    }

    void create() {
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new EmbeddedDatabaseException(dataDir + " exists but holds no MariaDB database (no mysql/ "
                    + "folder): move it away, then start again");
        }
        Path staging = dataDir.resolveSibling(dataDir.getFileName() + ".installing");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            Path log = staging.resolve("mariadb-install-db.log");
            List<String> command = new ArrayList<>(List.of("/bin/sh", binaries.installScript().toString(),
                    "--no-defaults", "--basedir=" + binaries.home(), "--datadir=" + staging, "--skip-name-resolve",
                    "--skip-test-db"));
            if (asRoot) {
                command.add("--user=root");
            }
            Process process = new ProcessBuilder(command).directory(staging.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException("creating the embedded MariaDB took longer than "
                        + TIMEOUT_SECONDS + " s (see " + log + ")");
            }
            if (process.exitValue() != 0 || !Files.isDirectory(staging.resolve("mysql"))) {
                throw new EmbeddedDatabaseException("creating the embedded MariaDB in " + staging + " failed with "
                        + "exit code " + process.exitValue() + "; the end of " + log + ": " + lastLines(log));
            }
            if (Files.exists(dataDir)) {
                Files.delete(dataDir); // empty, checked above
            }
            Files.move(staging, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot create the embedded MariaDB in " + dataDir + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("interrupted while creating the embedded MariaDB");
        }
    }

    /** The last lines of the installer's log: the reason is there, and the staging folder may be gone later. */
    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 6), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
