package org.ocoj.tools.loadgen.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server bundle in a process group of its own ({@code setsid bin/oco-server}), so that a crash can be what a
 * crash of the service is: SIGKILL to the whole group at once — the launcher, the JVM and the embedded mariadbd.
 * Its output is appended to a log file; each start is waited for until the "ready" line.
 */
final class CrashableServer implements AutoCloseable {

    private static final String READY = "OCO-J: ready at";
    private static final String CANNOT_START = "OCO-J: cannot start";

    private final Path home;
    private final Map<String, String> environment;
    private final Path log;
    private final Duration readyWithin;
    private Process process;

    CrashableServer(Path home, Map<String, String> environment, Path log, Duration readyWithin) {
        this.home = home;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.readyWithin = readyWithin;
    }

    /** Starts the bundle and waits until it answers. @return how long that took */
    Duration start() throws InterruptedException {
        long started = System.nanoTime();
        long logStart = size(log);
        ProcessBuilder builder = new ProcessBuilder("setsid", home.resolve("bin/oco-server").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("OCO_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home.resolve("bin/oco-server"), e);
        }
        long deadline = started + readyWithin.toNanos();
        while (true) {
            String output = since(logStart);
            if (output.contains(READY)) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            if (output.contains(CANNOT_START) || !process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not start"
                        + (process.isAlive() ? " within " + readyWithin.toSeconds() + " s" : "") + ": "
                        + lastLines(output, 15));
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL to the whole process group (a crash of the service), or to the JVM alone. */
    void kill(KillTarget target) throws InterruptedException {
        List<ProcessHandle> members = process.descendants().toList();
        if (target == KillTarget.JAVA) {
            members.stream().filter(CrashableServer::isJava).forEach(ProcessHandle::destroyForcibly);
            process.waitFor(30, TimeUnit.SECONDS);
            return;
        }
        run("bash", "-c", "kill -KILL -- -" + process.pid());
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle member : members) {
            member.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> member).join();
        }
    }

    /** A clean stop (SIGTERM, as systemd would), then whatever is left of the group is killed. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                process.destroy();
                process.waitFor(90, TimeUnit.SECONDS);
            }
            run("bash", "-c", "kill -KILL -- -" + process.pid() + " 2>/dev/null || true");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java") || command.equals("java"))
                .orElse(false);
    }

    private static void run(String... command) throws InterruptedException {
        try {
            new ProcessBuilder(command).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String since(long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static long size(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "", StandardOpenOption.CREATE);
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
