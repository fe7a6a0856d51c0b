package org.ocoj.plugins.wol;

/** The Wake-on-LAN magic packet (SPEC §7): 6 bytes {@code 0xFF}, then the MAC address 16 times — 102 bytes. */
public final class MagicPacket {

    public static final int LENGTH = 6 + 16 * 6;

    private MagicPacket() {
    }

    public static byte[] of(MacAddress mac) {
        byte[] packet = new byte[LENGTH];
        java.util.Arrays.fill(packet, 0, 6, (byte) 0xFF);
        byte[] bytes = mac.bytes();
        for (int i = 0; i < 16; i++) {
            System.arraycopy(bytes, 0, packet, 6 + i * 6, 6);
        }
        return packet;
    }
}
