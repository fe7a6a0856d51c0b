package org.ocoj.agent.laps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sets a local account's password with the system's tool ({@link PasswordCommands}) and reports failure in words:
 * the tool, its exit code and its output with every secret of the call blanked out.
 */
public final class LocalPasswordChanger {
    /** Output kept to find secrets in; what is shown is cut after redaction, so no secret is cut in half. */
    private static final int MAX_OUTPUT = 65536;
    private static final int MAX_SHOWN = 500;

    private final PasswordCommands commands;
    private final Duration timeout;

    public LocalPasswordChanger(PasswordCommands commands, Duration timeout) {
        this.commands = commands;
        this.timeout = timeout;
    }

    public void change(PasswordOrder order, String newPassword) throws LocalPasswordException {
        PasswordCommand command = commands.build(order.username(), newPassword, order.oldPassword());
        List<String> secrets = order.oldPassword().map(old -> List.of(newPassword, old)).orElse(List.of(newPassword));
        Process process;
        try {
            process = new ProcessBuilder(command.command()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LocalPasswordException("cannot start " + command + ": " + e.getMessage());
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(command.stdin().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the tool may have ended before reading (e.g. a missing account): its exit code tells
            }
            InputStream stdout = process.getInputStream();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(stdout));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LocalPasswordException(command + " did not finish within " + timeout.toSeconds() + " s");
            }
            String said = shorten(redact(output.join(), secrets));
            if (process.exitValue() != 0) {
                throw new LocalPasswordException(command + " exited with code " + process.exitValue()
                        + (said.isEmpty() ? "" : ": " + said));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalPasswordException(command + " was interrupted");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String read(InputStream output) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try (output) {
            for (int n; (n = output.read(buffer)) > 0; ) {
                kept.write(buffer, 0, Math.min(n, Math.max(0, MAX_OUTPUT - kept.size())));
            }
        } catch (IOException e) {
            // what was read so far is all the reason there is
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static String shorten(String output) {
        String line = output.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_SHOWN ? line : line.substring(0, MAX_SHOWN) + "…";
    }

    /** A tool may echo its input; longer secrets first, so one inside another is blanked whole. */
    static String redact(String output, List<String> secrets) {
        String redacted = output;
        for (String secret : secrets.stream().filter(s -> !s.isEmpty())
                .sorted((a, b) -> b.length() - a.length()).toList()) {
            redacted = redacted.replace(secret, "[password]");
        }
        return redacted;
    }

    /** The changer of this system, if the agent can change passwords here. */
    public static Optional<LocalPasswordChanger> forFamily(org.ocoj.api.agent.OsFamily family) {
        return PasswordCommands.forFamily(family).map(commands -> new LocalPasswordChanger(commands, Duration.ofMinutes(2)));
    }
}
