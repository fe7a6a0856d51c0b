package org.ocoj.agentplugins.network;

import java.net.InetAddress;
import java.util.List;

/**
 * What the JDK reports about one interface, as plain data so the mapping to the wire model can be tested
 * with fixed values.
 *
 * @param name     interface name, e.g. {@code eth0}
 * @param mac      hardware address, or {@code null} if it has none
 * @param loopback whether it is a loopback interface
 */
record InterfaceSnapshot(String name, byte[] mac, boolean loopback, List<Address> addresses) {

    /** One address with its prefix length and IPv4 broadcast address ({@code null} if none). */
    record Address(InetAddress address, int prefixLength, InetAddress broadcast) {
    }
}
