package org.ocoj.tools.reliability.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ocoj.tools.reliability.target.ServerControl;

/**
 * The real server bundle ({@code dist/target/oco-server/bin/oco-server}) started as a user starts it, with its
 * configuration in the environment; the suite can kill it, restart it on the same data and stop it with SIGTERM.
 */
public final class BundleServer implements ServerControl, AutoCloseable {

    static final String READY = "OCO-J: ready at";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Path home;
    private final Map<String, String> environment;
    private final ProcessOutput output;
    private Process process;

    private BundleServer(Path home, Map<String, String> environment, ProcessOutput output) {
        this.home = home;
        this.environment = Map.copyOf(environment);
        this.output = output;
    }

    /** Starts the bundle at {@code home} and waits until it is ready; its output goes to {@code logFile}. */
    public static BundleServer start(Path home, Map<String, String> environment, Path logFile)
            throws IOException, InterruptedException {
        BundleServer server = new BundleServer(home, environment, new ProcessOutput(logFile));
        server.launch();
        return server;
    }

    private Duration launch() throws InterruptedException {
        long start = System.nanoTime();
        int mark = output.length();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/oco-server").toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("OCO_"));
        env.putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + home.resolve("bin/oco-server"), e);
        }
        output.follow(process.getInputStream(), "oco-server-output");
        long deadline = start + READY_WITHIN.toNanos();
        while (!output.since(mark).contains(READY)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("oco-server exited with " + process.exitValue() + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("oco-server not ready after " + READY_WITHIN.toSeconds() + " s:\n" + tail());
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private String tail() {
        String text = output.text();
        return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
    }

    public String log() {
        return output.text();
    }

    @Override
    public void kill9() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        // gone means gone: a JVM still dying keeps the port, and the next start would find it taken
        for (ProcessHandle member : all) {
            try {
                member.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("process " + member.pid() + " survived kill -9 for 30 s", e);
            }
        }
    }

    @Override
    public Duration restart() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
        return launch();
    }

    /** SIGTERM to the launcher, which passes it on to the JVM and exits with the JVM's status. */
    @Override
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill9();
            throw new IllegalStateException("oco-server did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public long pid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    /** Every process the server started (the launcher's descendants: the JVM, an embedded mariadbd). */
    java.util.stream.Stream<ProcessHandle> descendants() {
        return process.descendants();
    }

    @Override
    public Path bundle() {
        return home;
    }

    /** The configuration it runs with (for tools that start it themselves, like the crash tool). */
    public Map<String, String> environment() {
        return new HashMap<>(environment);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                terminate();
            } catch (InterruptedException | IllegalStateException e) {
                kill9();
            }
        }
    }
}
