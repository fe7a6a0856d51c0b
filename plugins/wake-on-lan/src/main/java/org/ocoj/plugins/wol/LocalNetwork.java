package org.ocoj.plugins.wol;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Where local magic packets go (SPEC §7). By default: the broadcast address of each of the server's IPv4
 * interfaces — those on a subnet the computer was seen in first — or the limited broadcast
 * {@code 255.255.255.255} when the server has none. An admin may replace that list (setting
 * {@code wake-on-lan.broadcast-addresses}), e.g. with directed broadcasts of routed subnets.
 *
 * @param attached   the server's own subnets
 * @param configured the configured destination addresses; empty = use {@code attached}
 * @param port       UDP destination port
 */
public record LocalNetwork(List<ServerSubnets.Attached> attached, List<Integer> configured, int port) {

    private static final int LIMITED_BROADCAST = 0xFFFFFFFF;

    public List<InetSocketAddress> destinationsFor(WakeTarget target) {
        LinkedHashSet<Integer> addresses = new LinkedHashSet<>(configured);
        if (addresses.isEmpty()) {
            for (ServerSubnets.Attached subnet : attached) {
                if (reaches(subnet, target)) {
                    addresses.add(Ipv4.toInt(subnet.broadcast()));
                }
            }
            attached.forEach(subnet -> addresses.add(Ipv4.toInt(subnet.broadcast())));
        }
        if (addresses.isEmpty()) {
            addresses.add(LIMITED_BROADCAST);
        }
        List<InetSocketAddress> destinations = new ArrayList<>();
        addresses.forEach(a -> destinations.add(new InetSocketAddress(Ipv4.toAddress(a), port)));
        return destinations;
    }

    /**
     * Whether the server is attached to a subnet the computer was seen in, so that its broadcasts reach the
     * computer. Computers it is not attached to (or whose addresses are unknown) are woken through satellites too.
     */
    public boolean isAttached(WakeTarget target) {
        return attached.stream().anyMatch(subnet -> reaches(subnet, target));
    }

    private static boolean reaches(ServerSubnets.Attached subnet, WakeTarget target) {
        return target.addresses().stream().anyMatch(address -> subnet.subnet().contains(address));
    }
}
