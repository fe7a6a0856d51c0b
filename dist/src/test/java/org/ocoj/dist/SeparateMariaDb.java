package org.ocoj.dist;

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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own — its own data directory under /tmp and a free port — for tests that freeze
 * (SIGSTOP), stop or restart the database under a running OCO-J server. The machine's shared MariaDB on 3306 is
 * never touched. Needs the {@code mariadbd} and {@code mariadb-install-db} binaries of the MariaDB package.
 */
public final class SeparateMariaDb implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private Process process;

    private SeparateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Creates a fresh data directory, starts the server and creates {@code database}. */
    public static SeparateMariaDb start(String database) throws IOException, InterruptedException {
        SeparateMariaDb db = new SeparateMariaDb(Files.createTempDirectory("oco-it-mariadb"), ServerProcess.freePort());
        db.run(List.of(binary("mariadb-install-db"), "--no-defaults", "--datadir=" + db.dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + user()));
        db.start();
        db.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        return db;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again) on the same data directory and port; returns once it accepts connections. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary("mariadbd"), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
                "--pid-file=" + dir.resolve("mariadb.pid"), "--user=" + user(), "--skip-log-bin",
                "--innodb-buffer-pool-size=32M", "--max-connections=300")
                .redirectErrorStream(true).redirectOutput(dir.resolve("mariadb.log").toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (true) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("mariadbd did not start: " + Files.readString(dir.resolve("mariadb.log")), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** SIGSTOP: the process keeps its connections and port but answers nothing, like a hung or swapped-out host. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #freeze()}. */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    /** A clean shutdown (SIGTERM), waiting until the process has ended. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?connectTimeout=2000&socketTimeout=5000",
                "root", "");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        run(List.of("kill", "-" + signal, String.valueOf(process.pid())));
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static String binary(String name) {
        for (String dir : new String[] {"/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"}) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name; // from PATH
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            signal("CONT"); // a frozen process cannot act on SIGTERM
            stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
