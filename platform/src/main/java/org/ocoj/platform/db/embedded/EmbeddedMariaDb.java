package org.ocoj.platform.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.ocoj.platform.security.Secrets;

/**
 * A MariaDB server run by OCO-J itself as its default database, with MariaDB's own durability: InnoDB with
 * {@code innodb_flush_log_at_trx_commit=1} (the redo log is written and fsync'ed at every commit, so a commit
 * that was answered survives a crash of the server or the machine) and InnoDB's crash recovery at the next
 * start. It is the same database engine as in production, so the same migrations and SQL run on it.
 *
 * <p>The server listens on 127.0.0.1 only, on a port chosen free at each start, and needs a password: root's
 * password is generated at installation and kept in {@code oco-root.password} (mode 0600) in the data directory.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "oco";
    static final String USER = "root";
    private static final String PASSWORD_FILE = "oco-root.password";
    private static final String INIT_FILE = "oco-init.sql";
    private static final int START_ATTEMPTS = 3;

    private final EmbeddedDatabaseSettings settings;
    private final Consumer<String> progress;
    private Process process;
    private RunningServer running;
    private boolean stopped;

    /** @param progress receives lines for the operator (first installation, an orphan stopped) */
    public EmbeddedMariaDb(EmbeddedDatabaseSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Where and how to connect to the running server. The password is never part of the URL. */
    public record RunningServer(int port, String password, String version) {

        public String jdbcUrl() {
            return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
        }

        public String user() {
            return USER;
        }
    }

    /** Starts the server unless it runs already; waits until it accepts our login. */
    public synchronized RunningServer start(Driver driver) {
        if (stopped) {
            throw new EmbeddedDatabaseException("the embedded MariaDB has been stopped: the server is shutting down");
        }
        if (running != null && process.isAlive()) {
            return running;
        }
        if (process != null && running != null) {
            progress.accept("the embedded MariaDB ended (exit code " + process.exitValue() + ", see " + log()
                    + "): starting it again");
        }
        MariaDbBinaries binaries = MariaDbBinaries.locate(settings.home());
        Path dataDir = settings.dataDir();
        new OrphanedServers(dataDir, pidFile()).stopAny().ifPresent(progress);
        if (!Files.isDirectory(dataDir.resolve("mysql"))) {
            progress.accept("creating the embedded MariaDB in " + dataDir);
            new MariaDbInstallation(binaries, dataDir, runsAsRoot()).create();
        }
        String password = rootPassword();
        OwnerOnlyFiles.write(dataDir.resolve(INIT_FILE), initStatements(password));
        try {
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                ServerReadiness readiness = new ServerReadiness(driver, log(), settings.startTimeout());
                process = launch(binaries, port);
                ServerReadiness.Outcome outcome = readiness.await(process, connectionUrl(port),
                        connectionProperties(password));
                if (outcome.ready()) {
                    running = new RunningServer(port, password, outcome.version());
                    return running;
                }
                if (!outcome.portTaken() || attempt == START_ATTEMPTS) {
                    stopProcess();
                    throw new EmbeddedDatabaseException("the embedded MariaDB in " + dataDir + " did not start: "
                            + outcome.problem() + " (see " + log() + ")");
                }
            }
        } finally {
            deleteQuietly(dataDir.resolve(INIT_FILE));
        }
    }

    /** Whether the server runs (false before the first start, after a stop, and when the process ended). */
    public synchronized boolean running() {
        return running != null && process.isAlive();
    }

    /**
     * Stops the server the way MariaDB wants (SIGTERM: finish, flush, close), killing it only if it hangs. For
     * good: a late connection attempt during shutdown must not start it again.
     */
    public synchronized void stop() {
        stopped = true;
        stopProcess();
        running = null;
    }

    private void stopProcess() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public EmbeddedDatabaseSettings settings() {
        return settings;
    }

    private Process launch(MariaDbBinaries binaries, int port) {
        Path dataDir = settings.dataDir();
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(),
                "--no-defaults",
                "--basedir=" + binaries.home(),
                "--datadir=" + dataDir,
                "--pid-file=" + pidFile(),
                "--socket=" + socketFile(),
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--skip-name-resolve",
                "--local-infile=0",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_general_ci",
                // durability: write and fsync the redo log at every commit (MariaDB's default, stated on purpose)
                "--innodb-flush-log-at-trx-commit=1",
                "--innodb-buffer-pool-size=" + settings.bufferPoolSize(),
                "--init-file=" + dataDir.resolve(INIT_FILE)));
        if (runsAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root unless told to
        }
        command.addAll(settings.extraOptions());
        try {
            return new ProcessBuilder(command)
                    .directory(dataDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("cannot run " + binaries.server() + ": " + e.getMessage());
        }
    }

    /**
     * Run at every start, before the server accepts connections: root's password is always the file's, over TCP
     * (the server's own connections) and over the Unix socket (an operator's mariadb-dump, docs/operations.md).
     */
    private static String initStatements(String password) {
        String quoted = "'" + password.replace("\\", "\\\\").replace("'", "\\'") + "'";
        return "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;\n"
                + "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';\n"
                + "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY " + quoted + ";\n"
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n"
                + "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD("
                + quoted + ");\n";
    }

    private String rootPassword() {
        Path file = settings.dataDir().resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            return OwnerOnlyFiles.read(file).trim();
        }
        String password = Secrets.randomKey(32);
        OwnerOnlyFiles.write(file, password + "\n");
        return password;
    }

    private static String connectionUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static Properties connectionProperties(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "2000");
        properties.setProperty("socketTimeout", "30000");
        return properties;
    }

    Path log() {
        return settings.dataDir().resolve("mariadbd.log");
    }

    private Path pidFile() {
        return settings.dataDir().resolve("mariadbd.pid");
    }

    /** In the data directory unless that path is too long for a Unix socket (107 bytes). */
    private Path socketFile() {
        Path inDataDir = settings.dataDir().resolve("mariadbd.sock");
        if (inDataDir.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            return inDataDir;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "oco-mariadb-" + Integer.toHexString(settings.dataDir().hashCode()) + ".sock");
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start overwrites it; it is owner-only meanwhile
        }
    }
}
