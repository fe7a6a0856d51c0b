package org.ocoj.plugins.wol;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A UDP socket on 127.0.0.1 that collects what arrives: where magic packets sent in tests land. */
public final class LoopbackUdp implements AutoCloseable {

    private final DatagramSocket socket;

    public LoopbackUdp() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(2000);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** Waits for {@code count} datagrams (2 s each at most) and returns their payloads. */
    public List<byte[]> receive(int count) throws IOException {
        List<byte[]> payloads = new ArrayList<>();
        byte[] buffer = new byte[2048];
        for (int i = 0; i < count; i++) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            socket.receive(packet);
            payloads.add(Arrays.copyOf(packet.getData(), packet.getLength()));
        }
        return payloads;
    }

    /** True if nothing more arrives within a short wait. */
    public boolean quiet() throws IOException {
        socket.setSoTimeout(200);
        try {
            socket.receive(new DatagramPacket(new byte[2048], 2048));
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(2000);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
