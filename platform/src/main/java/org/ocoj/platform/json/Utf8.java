package org.ocoj.platform.json;

import java.io.CharConversionException;

/**
 * Strict UTF-8 (RFC 3629): the JSON parser decodes leniently, so overlong forms ({@code C0 AF} for "/"),
 * UTF-16 surrogates encoded as bytes (CESU-8) and code points above U+10FFFF would pass and could slip a
 * character past a check that looked at the bytes. One pass, no allocation.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** @throws CharConversionException naming the offset of the first byte that is not valid UTF-8 */
    public static void requireValid(byte[] bytes) throws CharConversionException {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i];
            if (b >= 0) { // ASCII, the common case
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                throw new CharConversionException("the body is not valid UTF-8 (invalid or overlong byte sequence"
                        + " at byte " + i + ")");
            }
            i += length;
        }
    }

    /** The length of the valid multi-byte sequence at {@code i}, or 0 if there is none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int min;
        int max;
        if (lead >= 0xC2 && lead <= 0xDF) { // C0 and C1 would only start overlong forms
            return continuation(bytes, i + 1) ? 2 : 0;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80; // E0 80..9F: overlong
            max = lead == 0xED ? 0x9F : 0xBF; // ED A0..BF: surrogates (CESU-8)
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80; // F0 80..8F: overlong
            max = lead == 0xF4 ? 0x8F : 0xBF; // F4 90..: above U+10FFFF
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if (!continuation(bytes, i + k)) {
                return 0;
            }
        }
        return length;
    }

    private static boolean continuation(byte[] bytes, int i) {
        return i < bytes.length && (bytes[i] & 0xC0) == 0x80;
    }
}
