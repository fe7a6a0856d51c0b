package org.ocoj.agent.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 as both sides of the OCO protocol use it (SPEC 1.4, 1.6). */
public final class HmacSha256 {
    private static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    /** Lowercase hex HMAC of {@code message} with the UTF-8 bytes of {@code key}; an empty key is legal. */
    public static String hex(String key, byte[] message) {
        return HexFormat.of().formatHex(mac(key, message));
    }

    /**
     * Whether {@code hexSignature} is the HMAC of {@code message}. Compares the decoded bytes in constant
     * time (SPEC 9.1); a malformed hex string simply does not match.
     */
    public static boolean matches(String key, byte[] message, String hexSignature) {
        if (hexSignature == null || hexSignature.length() != 64) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexSignature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, message), given);
    }

    private static byte[] mac(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            // SecretKeySpec rejects empty keys, but HMAC with an empty key is well defined (RFC 2104 pads
            // the key with zeros), and upstream allows an empty registration key: one zero byte is equivalent.
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JRE", e);
        }
    }
}
