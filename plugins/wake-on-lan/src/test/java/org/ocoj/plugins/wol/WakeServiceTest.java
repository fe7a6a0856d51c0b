package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerRef;

/**
 * Waking computers end to end inside the plugin: packets to a loopback UDP socket, commands to real SSH
 * servers on loopback ports.
 */
class WakeServiceTest {

    @TempDir
    Path dir;
    private TestKeys keys;
    private TestSshServer satellite;
    private LoopbackUdp udp;

    /** The server "is attached" to 10.1.2.0/24; packets go to the loopback receiver instead of its broadcast. */
    private LocalNetwork network;

    @BeforeEach
    void start() throws Exception {
        keys = TestKeys.create(dir, "id_wol", Optional.empty());
        satellite = new TestSshServer(keys.publicKeyBlob());
        udp = new LoopbackUdp();
        ServerSubnets.Attached office = new ServerSubnets.Attached("eth0",
                Ipv4.Subnet.of(Ipv4.parse("10.1.2.7").orElseThrow(), 24), Ipv4.toAddress(Ipv4.parse("10.1.2.255").orElseThrow()));
        network = new LocalNetwork(List.of(office), List.of(Ipv4.parse("127.0.0.1").orElseThrow()), udp.port());
    }

    @AfterEach
    void stop() throws Exception {
        satellite.close();
        udp.close();
    }

    private WakeService service(int maxCommandBytes) {
        return service(maxCommandBytes, false);
    }

    private WakeService service(int maxCommandBytes, boolean satellitesForAll) {
        return new WakeService(new LocalBroadcaster(), new SatelliteSsh(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                maxCommandBytes, satellitesForAll, Logger.getLogger("test"));
    }

    private Satellite satelliteAt(long id, int port, Optional<HostKeyPin> hostKey, Optional<String> command) {
        return new Satellite(id, "sat-" + id, (int) id, "127.0.0.1", port, TestSshServer.USER, keys.privateKey().toString(),
                Optional.empty(), Optional.empty(), command, hostKey);
    }

    private Satellite good(long id) {
        return satelliteAt(id, satellite.port(), Optional.of(HostKeyPin.parse(satellite.hostKeyText())), Optional.empty());
    }

    private static WakeTarget computer(long id, String address, String... macs) {
        List<NetworkAddress> rows = new ArrayList<>();
        for (String mac : macs) {
            rows.add(new NetworkAddress("eth0", address, "255.255.255.0", "-", mac));
        }
        return WakeTarget.of(new ComputerRef(id, "pc-" + id), rows);
    }

    private WakeService.Identities identities() {
        return s -> keys.identity();
    }

    @Test
    void satellitesAreTriedInOrderAndAFailingOneDoesNotStopTheOthers() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<Satellite> satellites = List.of(
                satelliteAt(1, closedPort, Optional.of(HostKeyPin.parse(satellite.hostKeyText())), Optional.empty()),
                satelliteAt(2, satellite.port(), Optional.empty(), Optional.empty()),
                good(3));
        WakeTarget remote = computer(1, "192.0.2.2", "02:fc:00:00:00:01", "0e:eb:fc:7c:aa:56");
        WakeTarget local = computer(2, "10.1.2.50", "02:fc:00:00:00:02");
        WakeTarget unknown = computer(3, "-", "-");

        List<WakeService.Report> reports = service(WakeCommands.MAX_COMMAND_BYTES)
                .wake(List.of(remote, local, unknown), network, satellites, identities());

        List<Delivery> remoteDeliveries = reports.get(0).deliveries();
        assertEquals(Delivery.ok("local", "127.0.0.1:" + udp.port()), remoteDeliveries.get(0));
        assertTrue(remoteDeliveries.get(1).error().orElseThrow().startsWith("cannot connect to 127.0.0.1:" + closedPort));
        assertTrue(remoteDeliveries.get(2).error().orElseThrow().contains("not pinned"));
        assertEquals(Delivery.ok("satellite", "sat-3 (127.0.0.1:" + satellite.port() + ")"), remoteDeliveries.get(3));
        assertEquals(List.of(Delivery.ok("local", "127.0.0.1:" + udp.port())), reports.get(1).deliveries(),
                "a computer on an attached subnet needs no satellite");
        assertTrue(reports.get(1).attached());
        assertEquals(List.of(), reports.get(2).deliveries());
        assertEquals("no usable MAC address known: nothing was sent", reports.get(2).toMap().get("error"));
        assertEquals(List.of("wakeonlan '02:fc:00:00:00:01' '0e:eb:fc:7c:aa:56'"), satellite.commands);
        List<byte[]> packets = udp.receive(3);
        assertArrayEquals(MagicPacket.of(remote.macs().get(0)), packets.get(0));
        assertArrayEquals(MagicPacket.of(local.macs().get(0)), packets.get(2));
    }

    @Test
    void computersOnAttachedSubnetsUseSatellitesOnlyWhenConfigured() {
        WakeTarget local = computer(1, "10.1.2.50", "02:fc:00:00:00:02");

        service(WakeCommands.MAX_COMMAND_BYTES, false).wake(List.of(local), network, List.of(good(1)), identities());
        assertEquals(List.of(), satellite.commands);
        List<WakeService.Report> reports = service(WakeCommands.MAX_COMMAND_BYTES, true)
                .wake(List.of(local), network, List.of(good(1)), identities());

        assertEquals(List.of("wakeonlan '02:fc:00:00:00:02'"), satellite.commands);
        assertTrue(reports.get(0).deliveries().get(1).ok());
    }

    @Test
    void hostileInventoryValuesNeverReachTheSatellitesShell() {
        WakeTarget target = computer(1, "192.0.2.2", "; rm -rf /", "$(reboot)", "02:fc:00:00:00:01'; reboot #",
                "`id`", "02-FC-00-00-00-01");

        List<WakeService.Report> reports = service(WakeCommands.MAX_COMMAND_BYTES).wake(List.of(target), network,
                List.of(good(1)), identities());

        assertEquals(List.of("wakeonlan '02:fc:00:00:00:01'"), satellite.commands);
        Map<String, Object> result = reports.get(0).toMap();
        assertEquals(List.of("02:fc:00:00:00:01"), result.get("macs"));
        assertEquals(4, ((List<?>) result.get("skipped")).size());
    }

    @Test
    void manyMacsAreSentInSeveralCommandsOverOneSession() {
        List<WakeTarget> targets = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String mac = String.format("02:00:00:00:00:%02x", i);
            targets.add(computer(i + 1, "192.0.2." + (i + 2), mac));
            expected.add(mac);
        }

        List<WakeService.Report> reports = service(200).wake(targets, network,
                List.of(good(1)), identities());

        assertTrue(satellite.commands.size() > 1, satellite.commands.size() + " commands");
        satellite.commands.forEach(c -> assertTrue(c.length() <= 200, c));
        List<String> sent = satellite.commands.stream()
                .flatMap(c -> List.of(c.substring("wakeonlan ".length()).split(" ")).stream())
                .map(quoted -> quoted.substring(1, quoted.length() - 1))
                .collect(Collectors.toList());
        assertEquals(expected, sent);
        reports.forEach(r -> assertTrue(r.deliveries().stream().allMatch(Delivery::ok), r.toString()));
    }

    @Test
    void aFailingCommandIsReportedForEveryComputerItCarried() {
        satellite.exitStatus = 1;
        satellite.stderr = "wakeonlan: permission denied";

        List<WakeService.Report> reports = service(WakeCommands.MAX_COMMAND_BYTES).wake(
                List.of(computer(1, "192.0.2.2", "02:fc:00:00:00:01"), computer(2, "192.0.2.3", "02:fc:00:00:00:02")),
                network, List.of(satelliteAt(1, satellite.port(), Optional.of(HostKeyPin.parse(satellite.hostKeyText())),
                        Optional.of("sudo /usr/bin/wakeonlan"))), identities());

        for (WakeService.Report report : reports) {
            Delivery viaSatellite = report.deliveries().get(1);
            assertFalse(viaSatellite.ok());
            assertEquals(Optional.of("the command exited with status 1: wakeonlan: permission denied"), viaSatellite.error());
        }
        assertEquals(List.of("sudo /usr/bin/wakeonlan '02:fc:00:00:00:01' '02:fc:00:00:00:02'"), satellite.commands);
    }

    @Test
    void aSatelliteWhoseKeyCannotBeOpenedIsSkipped() {
        WakeService.Identities broken = s -> {
            if (s.id() == 1) {
                throw new IllegalStateException("the stored key passphrase cannot be decrypted");
            }
            return keys.identity();
        };

        List<WakeService.Report> reports = service(WakeCommands.MAX_COMMAND_BYTES).wake(
                List.of(computer(1, "192.0.2.2", "02:fc:00:00:00:01")), network, List.of(good(1), good(2)), broken);

        assertEquals(Optional.of("the stored key passphrase cannot be decrypted"), reports.get(0).deliveries().get(1).error());
        assertTrue(reports.get(0).deliveries().get(2).ok());
        assertEquals(1, satellite.commands.size());
    }
}
