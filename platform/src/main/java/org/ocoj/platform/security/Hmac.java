package org.ocoj.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as the agent protocol uses it (SPEC §1.4, §1.6). */
public final class Hmac {

    private Hmac() {
    }

    /** One Mac per thread: looking the algorithm up in the providers costs more than the MAC of a hello. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    });

    public static byte[] sha256(String key, byte[] message) {
        try {
            Mac mac = MACS.get();
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            // An empty key is legal in the protocol but SecretKeySpec refuses it. HMAC pads every key with
            // zeros to the block size (64 bytes), so 64 zero bytes give exactly the MAC of the empty key.
            mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[64] : keyBytes, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** Lowercase hex, as sent in the signature headers. */
    public static String sha256Hex(String key, byte[] message) {
        return HexFormat.of().formatHex(sha256(key, message));
    }

    /** Constant-time check of a hex signature header against the expected MAC. */
    public static boolean matches(String key, byte[] message, byte[] presentedMac) {
        return presentedMac != null && MessageDigest.isEqual(sha256(key, message), presentedMac);
    }

    /** Decodes a 64-hex-digit header; null if it is not one. */
    public static byte[] decodeHex(String header) {
        if (header == null || header.length() != 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(header.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
