package org.ocoj.api.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs a program and returns what it printed: the one way collectors reach {@code powershell.exe},
 * {@code diskutil}, {@code pkgutil} and the like, so a collector's unit test can feed it captured output
 * instead ({@code command -> fixture}).
 */
@FunctionalInterface
public interface CommandRunner {

    /**
     * @param command program and arguments, no shell
     * @return standard output, decoded as {@link #decode} says
     * @throws IOException when the program cannot be started or exits with a non-zero status (the message
     *                     names the program, the status and the first line of its standard error)
     */
    String run(List<String> command) throws IOException, InterruptedException;

    /** Runs real programs with standard input closed; standard error is kept for the error message. */
    static CommandRunner system() {
        return command -> {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[][] stderr = new byte[1][];
            Thread errors = new Thread(() -> stderr[0] = readQuietly(process.getErrorStream()), "stderr of " + command.get(0));
            errors.setDaemon(true);
            errors.start();
            try {
                byte[] stdout = process.getInputStream().readAllBytes();
                int status = process.waitFor();
                errors.join();
                if (status != 0) {
                    String message = stderr[0] == null ? "" : new String(stderr[0], StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
                    throw new IOException(String.join(" ", command.subList(0, Math.min(2, command.size())))
                            + " exited with " + status + (message.isEmpty() ? "" : ": " + message));
                }
                return decode(stdout);
            } finally {
                process.destroy();
            }
        };
    }

    /**
     * UTF-16LE when the bytes start with its byte order mark or look like it (an ASCII character and a zero
     * byte: Windows tools such as wevtutil write it without a mark to a pipe), else UTF-8.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static byte[] readQuietly(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
