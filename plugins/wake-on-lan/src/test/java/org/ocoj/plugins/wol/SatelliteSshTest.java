package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSH to a real SSH server on a loopback port: pinned host keys, key logins, exit statuses, time limits. */
class SatelliteSshTest {

    @TempDir
    Path dir;
    private TestKeys keys;
    private TestSshServer server;
    private final SatelliteSsh ssh = new SatelliteSsh(Duration.ofSeconds(2), Duration.ofSeconds(10));

    @BeforeEach
    void start() throws Exception {
        keys = TestKeys.create(dir, "id_wol", Optional.empty());
        server = new TestSshServer(keys.publicKeyBlob());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Satellite satellite(int port, Optional<HostKeyPin> hostKey) {
        return new Satellite(1, "sat-a", 1, "127.0.0.1", port, TestSshServer.USER, keys.privateKey().toString(),
                Optional.empty(), Optional.empty(), Optional.empty(), hostKey);
    }

    private Satellite pinned() {
        return satellite(server.port(), Optional.of(HostKeyPin.parse(server.hostKeyText())));
    }

    @Test
    void runsEachCommandOnThePinnedSatellite() {
        List<Optional<String>> results = ssh.run(pinned(), keys.identity(),
                List.of("wakeonlan '02:fc:00:00:00:01'", "wakeonlan '02:fc:00:00:00:02'"));

        assertEquals(List.of(Optional.empty(), Optional.empty()), results);
        assertEquals(List.of("wakeonlan '02:fc:00:00:00:01'", "wakeonlan '02:fc:00:00:00:02'"), server.commands);
    }

    @Test
    void refusesASatelliteOfferingAnotherHostKey() throws Exception {
        HostKeyPin other = HostKeyPin.parse(org.apache.sshd.common.config.keys.PublicKeyEntry.toString(
                TestSshServer.ecKeyPair().getPublic()));

        List<Optional<String>> results = ssh.run(satellite(server.port(), Optional.of(other)), keys.identity(),
                List.of("wakeonlan '02:fc:00:00:00:01'"));

        String error = results.get(0).orElseThrow();
        assertTrue(error.startsWith("host key mismatch, connection refused"), error);
        assertTrue(error.contains(HostKeyPin.parse(server.hostKeyText()).fingerprint()), "names the offered key: " + error);
        assertTrue(server.commands.isEmpty(), "nothing ran");
    }

    @Test
    void neverConnectsToASatelliteWhoseKeyIsNotPinned() {
        List<Optional<String>> results = ssh.run(satellite(server.port(), Optional.empty()), keys.identity(),
                List.of("wakeonlan '02:fc:00:00:00:01'"));

        assertTrue(results.get(0).orElseThrow().contains("not pinned"), results.toString());
        assertTrue(server.commands.isEmpty());
    }

    @Test
    void testShowsTheOfferedKeyWithoutTrustingIt() {
        SatelliteSsh.TestResult result = ssh.test(satellite(server.port(), Optional.empty()), Optional.empty());

        assertEquals(Optional.of(HostKeyPin.parse(server.hostKeyText())), result.offered());
        assertFalse(result.loggedIn());
        assertTrue(result.error().orElseThrow().contains("not pinned"));
    }

    @Test
    void testLogsInWhenThePinnedKeyMatches() {
        SatelliteSsh.TestResult result = ssh.test(pinned(), Optional.of(keys.identity()));

        assertTrue(result.loggedIn(), result.toString());
        assertEquals(Optional.empty(), result.error());
        assertTrue(server.commands.isEmpty(), "a test runs no command");
    }

    @Test
    void reportsAWrongUserKeyClearly() throws Exception {
        TestKeys stranger = TestKeys.create(dir, "id_other", Optional.empty());

        List<Optional<String>> results = ssh.run(pinned(), stranger.identity(), List.of("wakeonlan '02:fc:00:00:00:01'"));

        String error = results.get(0).orElseThrow();
        assertTrue(error.startsWith("authentication as wol with the key"), error);
        assertTrue(server.commands.isEmpty());
    }

    @Test
    void logsInWithAPassphraseProtectedKey() throws Exception {
        TestKeys protectedKeys = TestKeys.create(dir, "id_protected", Optional.of("correct horse battery"));
        try (TestSshServer other = new TestSshServer(protectedKeys.publicKeyBlob())) {
            Satellite satellite = new Satellite(2, "sat-b", 1, "127.0.0.1", other.port(), TestSshServer.USER,
                    protectedKeys.privateKey().toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(HostKeyPin.parse(other.hostKeyText())));

            assertEquals(List.of(Optional.empty()),
                    ssh.run(satellite, protectedKeys.identity(), List.of("wakeonlan '02:fc:00:00:00:01'")));
            SatelliteSsh.Identity wrong = new SatelliteSsh.Identity(protectedKeys.privateKey().toString(),
                    Optional.empty(), Optional.of("wrong"));
            assertTrue(ssh.run(satellite, wrong, List.of("x")).get(0).orElseThrow().contains("passphrase does not open"));
            SatelliteSsh.Identity none = new SatelliteSsh.Identity(protectedKeys.privateKey().toString(),
                    Optional.empty(), Optional.empty());
            assertTrue(SatelliteSsh.checkKey(none).orElseThrow().contains("protected by a passphrase"));
            assertEquals(1, other.commands.size());
        }
    }

    @Test
    void reportsTheExitStatusAndFirstErrorLineOfAFailingCommand() {
        server.exitStatus = 127;
        server.stderr = "sh: 1: wakeonlan: not found\nmore\n";

        List<Optional<String>> results = ssh.run(pinned(), keys.identity(), List.of("wakeonlan '02:fc:00:00:00:01'"));

        assertEquals(Optional.of("the command exited with status 127: sh: 1: wakeonlan: not found"), results.get(0));
    }

    @Test
    void aSilentSatelliteTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Satellite satellite = satellite(silent.getLocalPort(), Optional.of(HostKeyPin.parse(server.hostKeyText())));
            long start = System.nanoTime();

            List<Optional<String>> results = ssh.run(satellite, keys.identity(), List.of("wakeonlan '02:fc:00:00:00:01'"));

            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Optional.of("no answer from 127.0.0.1:" + silent.getLocalPort() + " within 2 s"), results.get(0));
            assertTrue(millis < 6000, "gave up after " + millis + " ms");
        }
    }

    @Test
    void aStoppedSatelliteIsReportedAsUnreachable() throws Exception {
        int port = server.port();
        server.close();

        List<Optional<String>> results = ssh.run(satellite(port, Optional.of(HostKeyPin.parse(server.hostKeyText()))),
                keys.identity(), List.of("wakeonlan '02:fc:00:00:00:01'"));

        assertTrue(results.get(0).orElseThrow().startsWith("cannot connect to 127.0.0.1:" + port), results.toString());
    }
}
