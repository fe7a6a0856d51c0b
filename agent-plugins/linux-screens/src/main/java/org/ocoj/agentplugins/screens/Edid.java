package org.ocoj.agentplugins.screens;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The parts of an EDID base block (VESA E-EDID 1.3/1.4, 128 bytes) that the inventory shows. Extension
 * blocks that may follow in sysfs are not needed for these fields.
 *
 * @param manufacturer three-letter PNP id, e.g. {@code DEL}
 * @param productCode  manufacturer's product code as four hex digits, e.g. {@code A074}
 * @param serial       serial number descriptor, else the numeric serial, else {@code "-"}
 * @param name         monitor name descriptor, or empty
 * @param year         year of manufacture (or model year)
 * @param width        preferred mode's horizontal pixels, 0 if none
 * @param height       preferred mode's vertical pixels, 0 if none
 * @param widthCm      maximum image width in cm, 0 if undefined (projectors)
 * @param heightCm     maximum image height in cm, 0 if undefined
 */
record Edid(String manufacturer, String productCode, String serial, Optional<String> name, int year,
            int width, int height, int widthCm, int heightCm) {

    static final int BLOCK_SIZE = 128;
    private static final byte[] HEADER = {0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0};
    private static final int[] DESCRIPTORS = {54, 72, 90, 108};
    private static final int TAG_SERIAL = 0xff;
    private static final int TAG_NAME = 0xfc;

    /** Parses the base block; throws {@link IllegalArgumentException} saying what is wrong. */
    static Edid parse(byte[] edid) {
        if (edid.length < BLOCK_SIZE) {
            throw new IllegalArgumentException("EDID has " + edid.length + " bytes, a base block needs 128");
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (edid[i] != HEADER[i]) {
                throw new IllegalArgumentException("EDID does not start with the fixed header 00 ff ff ff ff ff ff 00");
            }
        }
        int sum = 0;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            sum += edid[i] & 0xff;
        }
        if (sum % 256 != 0) {
            throw new IllegalArgumentException("EDID base block checksum is wrong (sum " + sum % 256 + ", must be 0)");
        }
        int vendor = u8(edid, 8) << 8 | u8(edid, 9);
        String manufacturer = "" + letter(vendor >> 10) + letter(vendor >> 5) + letter(vendor);
        String productCode = String.format("%04X", u8(edid, 11) << 8 | u8(edid, 10));
        long numericSerial = Integer.toUnsignedLong(u8(edid, 12) | u8(edid, 13) << 8 | u8(edid, 14) << 16 | u8(edid, 15) << 24);
        int year = 1990 + u8(edid, 17);
        int width = 0;
        int height = 0;
        Optional<String> serialText = Optional.empty();
        Optional<String> name = Optional.empty();
        for (int offset : DESCRIPTORS) {
            if (u8(edid, offset) != 0 || u8(edid, offset + 1) != 0) {
                if (width == 0) { // the first detailed timing is the preferred mode
                    width = u8(edid, offset + 2) | (u8(edid, offset + 4) & 0xf0) << 4;
                    height = u8(edid, offset + 5) | (u8(edid, offset + 7) & 0xf0) << 4;
                }
            } else if (u8(edid, offset + 3) == TAG_SERIAL) {
                serialText = descriptorText(edid, offset);
            } else if (u8(edid, offset + 3) == TAG_NAME) {
                name = descriptorText(edid, offset);
            }
        }
        String serial = serialText.orElse(numericSerial == 0 ? "-" : Long.toString(numericSerial));
        return new Edid(manufacturer, productCode, serial, name, year, width, height, u8(edid, 21), u8(edid, 22));
    }

    private static int u8(byte[] bytes, int index) {
        return bytes[index] & 0xff;
    }

    /** PNP ids are three 5-bit letters, 1 = A. */
    private static char letter(int bits) {
        return (char) ('A' - 1 + (bits & 0x1f));
    }

    /** Text of a display descriptor: up to 13 bytes, ended by a line feed and padded with spaces. */
    private static Optional<String> descriptorText(byte[] edid, int offset) {
        String text = new String(edid, offset + 5, 13, StandardCharsets.US_ASCII);
        int end = text.indexOf('\n');
        text = (end < 0 ? text : text.substring(0, end)).trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
