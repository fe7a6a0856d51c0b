package org.ocoj.agentplugins.checkmk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs one local-check executable with a time limit and keeps at most {@link #MAX_OUTPUT} bytes of its
 * output. On overrun or interruption the process and its children are killed: nothing outlives the run.
 */
final class ScriptRun {

    /** More output than this is not a local check's answer; the run is reported as UNKNOWN instead. */
    static final int MAX_OUTPUT = 1024 * 1024;
    private static final int MAX_ERROR_OUTPUT = 4096;

    /**
     * What happened. When {@code timedOut} is true, nothing else is meaningful (exit code null, no output).
     *
     * @param outputTooLong the script printed more than {@link #MAX_OUTPUT} bytes; {@code output} is cut there
     * @param errorOutput   the start of what it printed on stderr, for error messages
     */
    record Result(Integer exitCode, byte[] output, boolean outputTooLong, String errorOutput, boolean timedOut) {
    }

    private ScriptRun() {
    }

    static Result run(Path script, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(script))
                .directory(script.getParent().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .start();
        try {
            Drain out = Drain.start(process.getInputStream(), MAX_OUTPUT, "stdout of " + script.getFileName());
            Drain err = Drain.start(process.getErrorStream(), MAX_ERROR_OUTPUT, "stderr of " + script.getFileName());
            long deadline = System.nanoTime() + limit.toNanos();
            // the output ends when the script and every child holding its stdout have finished
            boolean finished = process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)
                    && out.await(deadline) && err.await(deadline);
            if (!finished) {
                return new Result(null, new byte[0], false, "", true);
            }
            return new Result(process.exitValue(), out.bytes(), out.overflowed(),
                    OutputDecoder.decode(err.bytes()).strip(), false);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Scripts run directly (shebang line); on Windows through the program their extension needs. */
    private static List<String> command(Path script) {
        String file = script.toString();
        String name = script.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!System.getProperty("os.name", "").startsWith("Windows")) {
            return List.of(file);
        }
        if (name.endsWith(".ps1")) {
            return List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-File", file);
        }
        if (name.endsWith(".bat") || name.endsWith(".cmd")) {
            return List.of("cmd.exe", "/c", file);
        }
        return List.of(file);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Reads a stream to its end on a daemon thread, keeping the first {@code max} bytes. */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final int max;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile boolean overflowed;

        private Drain(InputStream in, int max, String name) {
            this.in = in;
            this.max = max;
            this.thread = new Thread(this, "local-check " + name);
            this.thread.setDaemon(true);
        }

        static Drain start(InputStream in, int max, String name) {
            Drain drain = new Drain(in, max, name);
            drain.thread.start();
            return drain;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    int room = max - kept.size();
                    kept.write(buffer, 0, Math.min(n, Math.max(room, 0)));
                    if (n > room) {
                        overflowed = true; // keep reading so the script is not blocked on a full pipe
                    }
                }
            } catch (IOException e) {
                // the process was killed; what was read so far is all there is
            }
        }

        boolean await(long deadlineNanos) throws InterruptedException {
            long remaining = deadlineNanos - System.nanoTime();
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
            return !thread.isAlive();
        }

        byte[] bytes() {
            return kept.toByteArray(); // read after the drain thread ended (join)
        }

        boolean overflowed() {
            return overflowed;
        }
    }
}
