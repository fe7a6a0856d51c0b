package org.ocoj.plugins.wol;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** IPv4 literals and subnets, parsed without ever asking DNS (inventory values are untrusted text). */
public final class Ipv4 {

    private static final Pattern DOTTED_QUAD = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private Ipv4() {
    }

    /** An IPv4 network: the address with host bits cleared, and the prefix length. */
    public record Subnet(int network, int prefixLength) {

        public static Subnet of(int address, int prefixLength) {
            return new Subnet(address & mask(prefixLength), prefixLength);
        }

        public boolean contains(int address) {
            return (address & mask(prefixLength)) == network;
        }

        @Override
        public String toString() {
            return format(network) + "/" + prefixLength;
        }
    }

    /** A dotted-quad literal as a 32-bit number; empty for anything else (names, IPv6, {@code -}). */
    public static Optional<Integer> parse(String text) {
        var m = DOTTED_QUAD.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int value = 0;
        for (int i = 1; i <= 4; i++) {
            int part = Integer.parseInt(m.group(i));
            if (part > 255) {
                return Optional.empty();
            }
            value = (value << 8) | part;
        }
        return Optional.of(value);
    }

    public static int toInt(Inet4Address address) {
        byte[] b = address.getAddress();
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    public static Inet4Address toAddress(int value) {
        byte[] b = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // cannot happen for 4 bytes
        }
    }

    public static String format(int value) {
        return (value >>> 24) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "." + (value & 0xFF);
    }

    private static int mask(int prefixLength) {
        return prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
    }
}
