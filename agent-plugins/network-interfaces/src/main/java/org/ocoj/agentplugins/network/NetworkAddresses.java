package org.ocoj.agentplugins.network;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.ocoj.api.inventory.NetworkAddress;

/**
 * Maps interfaces to {@code networks} elements with upstream's rules (SPEC 3.2): one element per address;
 * an interface with a MAC but no address appears once with address {@code "-"}; loopback, link-local
 * IPv6 and all-zero MACs are left out; unknown values are {@code "-"}.
 */
final class NetworkAddresses {
    private static final String UNKNOWN = "-";

    private NetworkAddresses() {
    }

    static List<NetworkAddress> from(List<InterfaceSnapshot> interfaces) {
        List<NetworkAddress> result = new ArrayList<>();
        for (InterfaceSnapshot nic : interfaces) {
            if (nic.loopback()) {
                continue;
            }
            String mac = mac(nic.mac());
            List<InterfaceSnapshot.Address> reported = nic.addresses().stream()
                    .filter(address -> !address.address().isLoopbackAddress() && !address.address().isLinkLocalAddress())
                    .toList();
            for (InterfaceSnapshot.Address address : reported) {
                result.add(new NetworkAddress(nic.name(), text(address.address()), netmask(address),
                        address.broadcast() == null ? UNKNOWN : text(address.broadcast()), mac));
            }
            if (reported.isEmpty() && !mac.equals(UNKNOWN)) {
                result.add(new NetworkAddress(nic.name(), UNKNOWN, UNKNOWN, UNKNOWN, mac));
            }
        }
        return result;
    }

    private static String mac(byte[] mac) {
        if (mac == null || mac.length == 0 || allZero(mac)) {
            return UNKNOWN;
        }
        StringBuilder text = new StringBuilder();
        for (byte b : mac) {
            text.append(text.length() == 0 ? "" : ":").append(String.format("%02x", b & 0xff));
        }
        return text.toString();
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** IPv4: dotted quad; IPv6: compressed mask plus prefix, {@code ffff:ffff:ffff:ffff::/64} (SPEC 3.2). */
    private static String netmask(InterfaceSnapshot.Address address) {
        int prefix = address.prefixLength();
        if (address.address() instanceof Inet4Address) {
            long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            return (mask >> 24) + "." + ((mask >> 16) & 0xff) + "." + ((mask >> 8) & 0xff) + "." + (mask & 0xff);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            int bits = Math.max(0, Math.min(16, prefix - 16 * i));
            groups[i] = bits == 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
        }
        return Ipv6Text.compress(groups) + "/" + prefix;
    }

    private static String text(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            int[] groups = new int[8];
            for (int i = 0; i < 8; i++) {
                groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            }
            return Ipv6Text.compress(groups); // without Java's "%eth0" scope suffix
        }
        return address.getHostAddress();
    }
}
