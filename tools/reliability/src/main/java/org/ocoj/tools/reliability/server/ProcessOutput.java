package org.ocoj.tools.reliability.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Everything a process prints, kept in memory (for the scenarios that search the log) and appended to a file
 * (for people). Memory is capped: past the cap the oldest half is dropped, the file keeps everything.
 */
final class ProcessOutput {

    private static final int MEMORY_CAP = 64 << 20;

    private final StringBuilder text = new StringBuilder();
    private final PrintStream file;
    private long lines;

    ProcessOutput(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.file = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    /** Reads {@code in} on a daemon thread until it ends. */
    void follow(InputStream in, String threadName) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    append(line);
                }
            } catch (IOException e) {
                append("[output closed: " + e.getMessage() + "]");
            }
        }, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    synchronized void append(String line) {
        if (text.length() > MEMORY_CAP) {
            text.delete(0, text.length() / 2);
        }
        text.append(line).append('\n');
        file.println(line);
        lines++;
    }

    synchronized String text() {
        return text.toString();
    }

    synchronized long lines() {
        return lines;
    }

    /** The text printed since {@code mark} characters (from {@link #length()}); all of it if it was dropped. */
    synchronized String since(int mark) {
        return mark <= text.length() ? text.substring(mark) : text.toString();
    }

    synchronized int length() {
        return text.length();
    }
}
