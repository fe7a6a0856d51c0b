package org.ocoj.agentplugins.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ocoj.api.agent.CollectorContext;
import org.ocoj.api.agent.OsFamily;
import org.ocoj.api.agent.Platform;
import org.ocoj.api.inventory.NetworkAddress;

class NetworkAddressesTest {
    private static final byte[] ETH0_MAC = {0x02, (byte) 0xfc, 0, 0, 0, 1};

    @Test
    void producesTheNetworksOfTheUpstreamHelloCapture() throws Exception {
        List<InterfaceSnapshot> interfaces = List.of(
                new InterfaceSnapshot("lo", null, true, List.of(address("127.0.0.1", 8, null), address("::1", 128, null))),
                new InterfaceSnapshot("ifb0", new byte[]{0x0e, (byte) 0xeb, (byte) 0xfc, 0x7c, (byte) 0xaa, 0x56}, false, List.of()),
                new InterfaceSnapshot("eth0", ETH0_MAC, false, List.of(
                        address("192.0.2.2", 24, "192.0.2.255"),
                        address("fd00::2", 64, null),
                        address("fe80::fc:ff:fe00:1", 64, null))),
                new InterfaceSnapshot("tun0", new byte[6], false, List.of()));

        assertEquals(List.of(
                new NetworkAddress("ifb0", "-", "-", "-", "0e:eb:fc:7c:aa:56"),
                new NetworkAddress("eth0", "192.0.2.2", "255.255.255.0", "192.0.2.255", "02:fc:00:00:00:01"),
                new NetworkAddress("eth0", "fd00::2", "ffff:ffff:ffff:ffff::/64", "-", "02:fc:00:00:00:01")),
                NetworkAddresses.from(interfaces));
    }

    @Test
    void writesOddPrefixes() throws Exception {
        List<NetworkAddress> result = NetworkAddresses.from(List.of(new InterfaceSnapshot("wg0", null, false, List.of(
                address("10.1.2.3", 20, null), address("2001:db8::1", 56, null)))));
        assertEquals("255.255.240.0", result.get(0).netmask());
        assertEquals("-", result.get(0).mac());
        assertEquals("ffff:ffff:ffff:ff00::/56", result.get(1).netmask());
        assertEquals("2001:db8::1", result.get(1).address());
    }

    @Test
    void readsThisMachinesInterfaces() throws Exception {
        List<NetworkAddress> live = new NetworkInterfaceCollector().collect(
                CollectorContext.of(new Platform(OsFamily.LINUX, "amd64"), Optional.empty(), Map.of()));
        assertTrue(live.stream().noneMatch(address -> address.address().equals("127.0.0.1")), live.toString());
    }

    private static InterfaceSnapshot.Address address(String ip, int prefix, String broadcast) throws Exception {
        return new InterfaceSnapshot.Address(InetAddress.getByName(ip), prefix,
                broadcast == null ? null : InetAddress.getByName(broadcast));
    }
}
