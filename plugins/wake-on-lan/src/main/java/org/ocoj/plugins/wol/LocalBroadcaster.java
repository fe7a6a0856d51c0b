package org.ocoj.plugins.wol;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** Sends magic packets by UDP with {@code SO_BROADCAST} (SPEC §7). */
public final class LocalBroadcaster {

    /**
     * Sends each MAC's packet to each destination.
     *
     * @return one delivery per destination: ok when every packet left this host
     */
    public List<Delivery> send(List<MacAddress> macs, List<InetSocketAddress> destinations) {
        List<Delivery> deliveries = new ArrayList<>();
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setBroadcast(true);
            for (InetSocketAddress destination : destinations) {
                deliveries.add(sendTo(socket, macs, destination));
            }
        } catch (IOException e) {
            destinations.forEach(d -> deliveries.add(Delivery.failed("local", label(d),
                    "cannot open a UDP socket: " + e.getMessage())));
        }
        return deliveries;
    }

    private static Delivery sendTo(DatagramSocket socket, List<MacAddress> macs, InetSocketAddress destination) {
        try {
            for (MacAddress mac : macs) {
                byte[] packet = MagicPacket.of(mac);
                socket.send(new DatagramPacket(packet, packet.length, destination));
            }
            return Delivery.ok("local", label(destination));
        } catch (IOException e) {
            return Delivery.failed("local", label(destination), "UDP send failed: " + e.getMessage());
        }
    }

    private static String label(InetSocketAddress destination) {
        return destination.getAddress().getHostAddress() + ":" + destination.getPort();
    }
}
