package org.ocoj.tools.reliability.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ocoj.tools.reliability.target.DatabaseControl;

/**
 * A mariadbd of the suite's own (data under /tmp, a free loopback port), so it can be frozen and stopped without
 * touching the machine's shared MariaDB on :3306 that other tests use. Holds one throw-away database with a
 * random name.
 */
public final class OwnMariaDb implements DatabaseControl, AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private final String database = "ocoj_rel_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private Process process;

    private OwnMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static OwnMariaDb start(Path work) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(work, "mariadb-");
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name")),
                dir.resolve("install.log"));
        OwnMariaDb db = new OwnMariaDb(dir, FreePort.find());
        db.start();
        try (Connection c = db.connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db.database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("Cannot create the database in the suite's own MariaDB: " + e.getMessage(), e);
        }
        return db;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public java.util.Optional<String> serverUrl() {
        return java.util.Optional.of("jdbc:mariadb://127.0.0.1:" + port + "/");
    }

    public Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/" + db, "root", "");
    }

    /** Starts mariadbd (again); does nothing while it runs. */
    @Override
    public void start() throws InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=" + System.getProperty("user.name"),
                "--innodb-buffer-pool-size=128M", "--max-connections=500", "--skip-log-bin",
                "--log-error=" + dir.resolve("error.log")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("output.log").toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start mariadbd (is MariaDB installed?): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (true) {
            try (Connection c = connect("")) {
                return;
            } catch (SQLException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("mariadbd on port " + port + " did not start; see "
                            + dir.resolve("error.log"));
                }
                Thread.sleep(200);
            }
        }
    }

    @Override
    public void freeze() {
        signal("STOP");
    }

    @Override
    public void thaw() {
        signal("CONT");
    }

    @Override
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private void signal(String name) {
        Signals.send(name, process.pid());
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            thaw();
            try {
                stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover directory under the run's work folder is harmless
        }
    }
}
