package org.ocoj.plugins.wol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerRef;

/** Magic packets over a real UDP socket on loopback, and the choice of destinations. */
class LocalBroadcastTest {

    private static MacAddress mac(String text) {
        return ((MacAddress.Valid) MacAddress.parse(text)).mac();
    }

    @Test
    void sendsOneMagicPacketPerMacToEachDestination() throws Exception {
        try (LoopbackUdp first = new LoopbackUdp(); LoopbackUdp second = new LoopbackUdp()) {
            List<MacAddress> macs = List.of(mac("02:fc:00:00:00:01"), mac("0e-eb-fc-7c-aa-56"));

            List<Delivery> deliveries = new LocalBroadcaster().send(macs, List.of(first.address(), second.address()));

            assertEquals(List.of(Delivery.ok("local", "127.0.0.1:" + first.port()),
                    Delivery.ok("local", "127.0.0.1:" + second.port())), deliveries);
            for (LoopbackUdp receiver : List.of(first, second)) {
                List<byte[]> packets = receiver.receive(2);
                assertArrayEquals(MagicPacket.of(macs.get(0)), packets.get(0));
                assertArrayEquals(MagicPacket.of(macs.get(1)), packets.get(1));
                assertTrue(receiver.quiet(), "exactly one packet per MAC");
            }
        }
    }

    private static final ServerSubnets.Attached OFFICE = attached("eth0", "10.1.2.7", 24, "10.1.2.255");
    private static final ServerSubnets.Attached LAB = attached("eth1", "172.16.5.1", 16, "172.16.255.255");

    private static ServerSubnets.Attached attached(String nic, String address, int prefix, String broadcast) {
        return new ServerSubnets.Attached(nic, Ipv4.Subnet.of(Ipv4.parse(address).orElseThrow(), prefix),
                Ipv4.toAddress(Ipv4.parse(broadcast).orElseThrow()));
    }

    private static WakeTarget computerAt(String address) {
        return WakeTarget.of(new ComputerRef(1, "pc"),
                List.of(new NetworkAddress("eth0", address, "255.255.255.0", "-", "02:fc:00:00:00:01")));
    }

    private static List<String> labels(List<InetSocketAddress> destinations) {
        return destinations.stream().map(d -> d.getAddress().getHostAddress() + ":" + d.getPort()).toList();
    }

    @Test
    void broadcastsOnTheComputersSubnetFirstThenTheOthers() {
        LocalNetwork network = new LocalNetwork(List.of(OFFICE, LAB), List.of(), 9);

        assertEquals(List.of("172.16.255.255:9", "10.1.2.255:9"), labels(network.destinationsFor(computerAt("172.16.9.40"))));
        assertEquals(List.of("10.1.2.255:9", "172.16.255.255:9"), labels(network.destinationsFor(computerAt("192.0.2.2"))));
        assertTrue(network.isAttached(computerAt("172.16.9.40")));
        assertFalse(network.isAttached(computerAt("192.0.2.2")), "needs a satellite");
        assertFalse(network.isAttached(computerAt("-")), "unknown address: satellites too");
    }

    @Test
    void configuredAddressesReplaceTheInterfacesAndLimitedBroadcastIsTheLastResort() {
        LocalNetwork configured = new LocalNetwork(List.of(OFFICE), List.of(Ipv4.parse("127.0.0.1").orElseThrow()), 4009);
        LocalNetwork bare = new LocalNetwork(List.of(), List.of(), 9);

        assertEquals(List.of("127.0.0.1:4009"), labels(configured.destinationsFor(computerAt("10.1.2.9"))));
        assertEquals(List.of("255.255.255.255:9"), labels(bare.destinationsFor(computerAt("10.1.2.9"))));
    }

    @Test
    void theServersOwnSubnetsExcludeLoopback() {
        List<ServerSubnets.Attached> subnets = ServerSubnets.read(Logger.getLogger("test"));

        subnets.forEach(s -> assertFalse(s.broadcast().isLoopbackAddress() || s.interfaceName().equals("lo"), s.toString()));
    }

    @Test
    void inventoryRowsBecomeDistinctMacsAndSkippedValues() {
        WakeTarget target = WakeTarget.of(new ComputerRef(7, "vm"), List.of(
                new NetworkAddress("ifb0", "-", "-", "-", "0e:eb:fc:7c:aa:56"),
                new NetworkAddress("eth0", "192.0.2.2", "255.255.255.0", "192.0.2.255", "02:fc:00:00:00:01"),
                new NetworkAddress("eth0", "fd00::2", "ffff:ffff:ffff:ffff::/64", "-", "02:FC:00:00:00:01"),
                new NetworkAddress("eth9", "-", "-", "-", "$(reboot)"),
                new NetworkAddress("eth9", "-", "-", "-", "-")));

        assertEquals(List.of(mac("0e:eb:fc:7c:aa:56"), mac("02:fc:00:00:00:01")), target.macs());
        assertEquals(List.of("$(reboot)", "-"), target.skipped().stream().map(MacAddress.Skipped::value).toList());
        assertEquals(List.of(Ipv4.parse("192.0.2.2").orElseThrow()), target.addresses());
        assertEquals(Optional.empty(), Ipv4.parse("999.1.1.1"));
    }
}
