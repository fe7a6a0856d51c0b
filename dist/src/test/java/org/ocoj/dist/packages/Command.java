package org.ocoj.dist.packages;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command run to its end: exit status and output (stdout and stderr together). */
record Command(int exit, String output) {

    /**
     * Runs {@code args} with exactly {@code environment} (nothing inherited) and waits up to five minutes. Its
     * input is /dev/null, as for an unattended install: a program that asks gets no answer.
     */
    static Command run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(args)).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", args) + " still running:\n" + output);
        }
        return new Command(process.exitValue(), output);
    }

    /** Runs {@code args} with this machine's PATH only. */
    static Command run(String... args) throws IOException, InterruptedException {
        return run(Map.of("PATH", System.getenv("PATH")), args);
    }

    /** This command's output, failing with it if the command failed. */
    String ok() {
        if (exit != 0) {
            throw new AssertionError("exit " + exit + ":\n" + output);
        }
        return output;
    }
}
