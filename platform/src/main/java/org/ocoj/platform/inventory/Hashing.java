package org.ocoj.platform.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes of inventory rows and sections. */
final class Hashing {

    private static final char SEPARATOR = '\u001f';

    private Hashing() {
    }

    static String sha1(Object... values) {
        return digest("SHA-1", values);
    }

    static String sha256(Object... values) {
        return digest("SHA-256", values);
    }

    private static String digest(String algorithm, Object... values) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            for (Object value : values) {
                digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) SEPARATOR);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
