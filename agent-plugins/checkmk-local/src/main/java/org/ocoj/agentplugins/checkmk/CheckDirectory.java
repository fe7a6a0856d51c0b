package org.ocoj.agentplugins.checkmk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The local checks of a service-checks directory, as CheckMK lays them out: executables directly in it run at
 * every check-in; executables in a subfolder named by a number of seconds ({@code 300/}) run at most that
 * often. Hidden files, editor backups ({@code ~}) and files without the execute permission are skipped.
 */
final class CheckDirectory {

    /** One executable and how often it may run ({@link Duration#ZERO}: every time). */
    record Script(Path path, String label, Duration cacheInterval) {
    }

    private CheckDirectory() {
    }

    static List<Script> scripts(Path directory) throws IOException {
        List<Script> scripts = new ArrayList<>();
        for (Path entry : sorted(directory)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry) && name.matches("[0-9]{1,9}") && Integer.parseInt(name) > 0) {
                Duration interval = Duration.ofSeconds(Integer.parseInt(name));
                for (Path inner : sorted(entry)) {
                    if (isCheck(inner)) {
                        scripts.add(new Script(inner, name + "/" + inner.getFileName(), interval));
                    }
                }
            } else if (isCheck(entry)) {
                scripts.add(new Script(entry, name, Duration.ZERO));
            }
        }
        return scripts;
    }

    private static boolean isCheck(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && Files.isRegularFile(file) && Files.isExecutable(file);
    }

    private static List<Path> sorted(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        }
    }
}
