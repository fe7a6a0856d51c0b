package org.ocoj.platform.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Waits for a just-launched mariadbd to accept our login: through InnoDB's crash recovery and the init file,
 * for as long as the process lives (up to the start timeout). A process that ends says why in its log.
 */
final class ServerReadiness {

    private final Driver driver;
    private final Path log;
    private final long startLogSize;
    private final Duration timeout;

    /** Create it before launching, so that it knows which log lines are this start's. */
    ServerReadiness(Driver driver, Path log, Duration timeout) {
        this.driver = driver;
        this.log = log;
        this.startLogSize = size(log);
        this.timeout = timeout;
    }

    record Outcome(boolean ready, String version, boolean portTaken, String problem) {
    }

    Outcome await(Process process, String url, Properties login) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String said = errorsLogged();
                return new Outcome(false, null, said.contains("Address already in use"),
                        "mariadbd ended with exit code " + process.exitValue() + (said.isEmpty() ? "" : ": " + said));
            }
            try (Connection connection = driver.connect(url, login)) {
                return new Outcome(true, connection.getMetaData().getDatabaseProductVersion(), false, null);
            } catch (SQLException e) {
                last = e; // not listening yet, or still recovering
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(false, null, false, "interrupted while waiting for it");
            }
        }
        return new Outcome(false, null, false, "no login within " + timeout.toSeconds() + " s"
                + (last == null ? "" : " (" + last.getMessage() + ")"));
    }

    /** The [ERROR] lines this start wrote to the log, which say what went wrong in MariaDB's words. */
    private String errorsLogged() {
        try {
            byte[] all = Files.readAllBytes(log);
            String written = new String(all, (int) Math.min(startLogSize, all.length),
                    (int) Math.max(0, all.length - startLogSize), StandardCharsets.UTF_8);
            List<String> errors = written.lines().filter(line -> line.contains("[ERROR]"))
                    .map(line -> line.replaceFirst("^.*\\[ERROR\\]\\s*", "")).toList();
            return String.join("; ", errors.subList(Math.max(0, errors.size() - 3), errors.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
