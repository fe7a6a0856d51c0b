package org.ocoj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code bin/oco-server} as a command: options that answer without starting, and where its data goes. */
class ServerLauncherIT {

    @Test
    void helpExplainsAndStartsNothing() throws Exception {
        Run help = run(Map.of(), "--help");
        assertEquals(0, help.exit, help.output);
        assertTrue(help.output.startsWith("Usage: oco-server [--help | --version]"), help.output);
        assertTrue(help.output.contains("OCO_DATA_DIR"), help.output);
        assertFalse(help.output.contains("OCO-J: starting"), "nothing started: " + help.output);
    }

    @Test
    void versionIsTheBuiltOne() throws Exception {
        Run version = run(Map.of(), "--version");
        assertEquals(0, version.exit, version.output);
        assertEquals("OCO-J server " + System.getProperty("oco.version") + "\n", version.output);
    }

    @Test
    void unknownArgumentIsRefused() throws Exception {
        Run wrong = run(Map.of(), "--frobnicate");
        assertEquals(2, wrong.exit, wrong.output);
        assertEquals("oco-server: unknown argument '--frobnicate' (see oco-server --help)\n", wrong.output);
    }

    @Test
    void clusterMembersWithoutPortsAreRefusedInWords() throws Exception {
        Run wrong = run(Map.of("OCO_HTTP_PORT", String.valueOf(ServerProcess.freePort()),
                "OCO_CLUSTER_MEMBERS", "10.0.0.1,10.0.0.2"));
        assertEquals(2, wrong.exit, wrong.output);
        assertTrue(wrong.output.contains("oco-server: OCO_CLUSTER_MEMBERS must be host:port[,host:port...]"),
                wrong.output);
        Run multicast = run(Map.of("OCO_HTTP_PORT", String.valueOf(ServerProcess.freePort()), "OCO_CLUSTER", "gossip"));
        assertEquals(2, multicast.exit, multicast.output);
        assertTrue(multicast.output.contains("OCO_CLUSTER must be 'multicast'"), multicast.output);
    }

    @Test
    void defaultDataDirectoryIsInTheUsersHomeNotInTheBuildFolder() throws Exception {
        assumeFalse(Files.exists(ServerProcess.home().resolve("data")), "a bundle with data/ of an earlier version keeps it");
        Path home = Files.createTempDirectory("oco-it-home");
        try (ServerSocket taken = new ServerSocket(0)) { // stops the launcher right after it prepared the data dir
            Run run = run(Map.of("HOME", home.toString(), "OCO_HTTP_PORT", String.valueOf(taken.getLocalPort())));
            assertEquals(2, run.exit, run.output);
        }
        Path dataDir = home.resolve(".local/share/oco-j");
        assertTrue(Files.isDirectory(dataDir), "created " + dataDir);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)));
        assertFalse(Files.exists(ServerProcess.home().resolve("data")), "nothing in the bundle");
    }

    private record Run(int exit, String output) {
    }

    /** Runs the launcher with only PATH, HOME and {@code env}: no OCO_* from the test's own environment. */
    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ServerProcess.home().resolve("bin/oco-server").toString());
        builder.command().addAll(List.of(args));
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("HOME", Files.createTempDirectory("oco-it-home").toString());
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), output);
        return new Run(process.exitValue(), output);
    }
}
