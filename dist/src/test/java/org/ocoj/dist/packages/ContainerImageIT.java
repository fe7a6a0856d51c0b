package org.ocoj.dist.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The container image's Dockerfile (dist/src/container/Dockerfile) against the build output, as far as a
 * machine without a container engine can check it: what it copies exists in the build context and is not
 * ignored (.dockerignore), its entry point is the bundle's launcher, its volume is the data directory and its
 * port the HTTP port, and the launcher started with only the image's environment answers.
 */
class ContainerImageIT {

    private static final Path BUNDLE = Path.of(System.getProperty("oco.server.home", "target/oco-server"));
    /** The build context: the repository's root (dist/target/oco-server → the root). */
    private static final Path CONTEXT = BUNDLE.toAbsolutePath().getParent().getParent().getParent();

    @Test
    void dockerfileCopiesTheBuiltBundleAndStartsItsLauncher() throws Exception {
        List<String[]> instructions = instructions(CONTEXT.resolve("dist/src/container/Dockerfile"));
        List<String> ignore = Files.readAllLines(CONTEXT.resolve(".dockerignore"));
        Map<String, String> copied = new LinkedHashMap<>(); // destination → source
        Map<String, String> env = new LinkedHashMap<>();
        String volume = null;
        String port = null;
        String entrypoint = null;
        for (String[] instruction : instructions) {
            switch (instruction[0]) {
                case "COPY", "ADD" -> {
                    String[] args = instruction[1].split("\\s+");
                    assertEquals(2, args.length, "one source, one destination: " + instruction[1]);
                    assertTrue(Files.isDirectory(CONTEXT.resolve(args[0])), args[0] + " exists in the build context");
                    assertTrue(ignore.contains("!" + args[0]), args[0] + " is sent to the builder: " + ignore);
                    copied.put(args[1], args[0]);
                }
                case "ENV" -> {
                    for (String pair : instruction[1].split("\\s+")) {
                        env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                    }
                }
                case "VOLUME" -> volume = instruction[1];
                case "EXPOSE" -> port = instruction[1];
                case "ENTRYPOINT" -> entrypoint = instruction[1].replaceAll("^\\[\"|\"]$", "");
                default -> { }
            }
        }
        assertEquals(Map.of("/opt/oco-server", "dist/target/oco-server"), copied);
        assertEquals(env.get("OCO_DATA_DIR"), volume, "the data directory is the volume");
        assertEquals(env.get("OCO_HTTP_PORT"), port, "the HTTP port is exposed");
        assertEquals("/opt/oco-server/bin/oco-server", entrypoint);
        Path launcher = BUNDLE.resolve("bin/oco-server");
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");

        // the launcher with the image's environment and nothing else
        Command version = Command.run(env, launcher.toString(), "--version");
        assertEquals("OCO-J server " + Files.readString(BUNDLE.resolve("lib/version")).strip() + "\n", version.ok());
    }

    /** The Dockerfile's instructions (name, arguments), continuation lines joined, comments left out. */
    private static List<String[]> instructions(Path dockerfile) throws IOException {
        List<String[]> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            current.append(line.strip());
            if (line.endsWith("\\")) {
                current.setLength(current.length() - 1);
                continue;
            }
            String[] parts = current.toString().split("\\s+", 2);
            instructions.add(new String[] {parts[0], parts.length > 1 ? parts[1] : ""});
            current.setLength(0);
        }
        return instructions;
    }
}
