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

    // One digest per thread and algorithm: an 805-package update hashes every package, and looking the
    // algorithm up in the security providers each time cost more than the hashing itself.
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> instance("SHA-1"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> instance("SHA-256"));

    static String sha1(Object... values) {
        return digest(SHA1.get(), values);
    }

    static String sha256(Object... values) {
        return digest(SHA256.get(), values);
    }

    private static String digest(MessageDigest digest, Object... values) {
        digest.reset();
        for (Object value : values) {
            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) SEPARATOR);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest instance(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
