package org.ocoj.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real server bundle ({@code dist/target/oco-server/bin/oco-server}) started as a user starts it, in its
 * own process, with configuration from the environment.
 */
public final class ServerProcess implements AutoCloseable {

    static final String READY = "OCO-J: ready at";

    final Process process;
    final int port;
    final Path dataDir;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch ready = new CountDownLatch(1);

    private ServerProcess(Process process, int port, Path dataDir) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        Thread reader = new Thread(this::readOutput, "oco-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Path home() {
        return Path.of(System.getProperty("oco.server.home", "target/oco-server"));
    }

    /**
     * Starts the bundle; {@code environment} adds to (or, with null values, removes from) the environment. The HTTP
     * port is a free one unless {@code environment} names one ({@code OCO_HTTP_PORT}, e.g. to start a node again).
     */
    public static ServerProcess start(Map<String, String> environment) throws IOException {
        int port = environment.containsKey("OCO_HTTP_PORT") ? Integer.parseInt(environment.get("OCO_HTTP_PORT"))
                : freePort();
        String given = environment.get("OCO_DATA_DIR");
        Path dataDir = given != null ? Path.of(given) : Files.createTempDirectory("oco-it-data");
        Map<String, String> env = new HashMap<>();
        env.put("OCO_HTTP_PORT", String.valueOf(port));
        env.put("OCO_DATA_DIR", dataDir.toString());
        env.put("OCO_JAVA_OPTS", "-Xmx512m");
        env.putAll(environment);
        ProcessBuilder builder = new ProcessBuilder(home().resolve("bin/oco-server").toString())
                .redirectErrorStream(true);
        for (String name : new String[] {"OCO_DB_URL", "OCO_DB_USER", "OCO_DB_PASSWORD", "OCO_AGENT_REGISTRATION_KEY",
                "OCO_SELF_REGISTRATION", "OCO_ADMIN_PASSWORD", "OCO_CLIENT_API_KEY", "OCO_UPDATE_INTERVAL",
                "OCO_PLUGINS_DIR", "OCO_CONFIG", "OCO_EMBEDDED_DB_HOME"}) {
            builder.environment().remove(name);
        }
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return new ServerProcess(builder.start(), port, dataDir);
    }

    /**
     * Runs {@code command} (a server launcher, e.g. an installed package's) with exactly {@code environment} and
     * nothing inherited.
     */
    public static ServerProcess launch(List<String> command, Map<String, String> environment, int port, Path dataDir)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start(), port, dataDir);
    }

    /** Waits for the start-up line; fails with the server's output if it exits or takes too long. */
    public ServerProcess awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.await(200, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("oco-server exited with " + process.exitValue() + ":\n" + output);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("oco-server not ready after " + timeout + ":\n" + output);
            }
        }
        return this;
    }

    /** Waits for the process to end by itself. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            close();
            throw new IllegalStateException("oco-server still running after " + timeout + ":\n" + output);
        }
        Thread.sleep(200); // let the reader drain the last lines
        return process.exitValue();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public String output() {
        return output.toString();
    }

    /** What the server wrote to {@code <data dir>/generated-secrets.txt} (empty if it generated nothing). */
    public String generatedSecrets() throws IOException {
        Path file = dataDir.resolve("generated-secrets.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.contains(READY)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            output.append("[output closed: ").append(e.getMessage()).append("]\n");
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends SIGTERM to bin/oco-server, as an operator or systemd does, and keeps reading its output (unlike
     * {@link Process#destroy()}, which also closes the streams).
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Stops the server as an operator or systemd does (SIGTERM to bin/oco-server) and waits for its exit code. */
    public int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** {@code kill -9} of the launcher and the server JVM at once, as a crash of the machine's service would. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
