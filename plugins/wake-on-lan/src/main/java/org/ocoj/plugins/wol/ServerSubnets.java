package org.ocoj.plugins.wol;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * The IPv4 subnets this server is attached to, with their broadcast addresses — what upstream reads from
 * {@code ip -o a} (SPEC §7): every interface that is up, except loopback.
 */
public final class ServerSubnets {

    /** One IPv4 address of one of the server's interfaces. */
    public record Attached(String interfaceName, Ipv4.Subnet subnet, Inet4Address broadcast) {
    }

    private ServerSubnets() {
    }

    /** Read afresh on each call: interfaces come and go (VPNs, DHCP), and a wake request is rare. */
    public static List<Attached> read(Logger log) {
        List<Attached> attached = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress address : nic.getInterfaceAddresses()) {
                    if (address.getAddress() instanceof Inet4Address && address.getBroadcast() instanceof Inet4Address) {
                        attached.add(new Attached(nic.getName(),
                                Ipv4.Subnet.of(Ipv4.toInt((Inet4Address) address.getAddress()),
                                        address.getNetworkPrefixLength()),
                                (Inet4Address) address.getBroadcast()));
                    }
                }
            }
        } catch (SocketException e) {
            log.warning("Wake-on-LAN: cannot list this server's network interfaces: " + e.getMessage());
        }
        return attached;
    }
}
