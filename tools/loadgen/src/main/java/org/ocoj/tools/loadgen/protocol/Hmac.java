package org.ocoj.tools.loadgen.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Lowercase hex HMAC-SHA256 as both sides of the protocol use it (SPEC §1.4, §1.6). */
public final class Hmac {

    private Hmac() {
    }

    public static String sign(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            // SecretKeySpec refuses an empty key; HMAC pads keys with zeros, so 64 zero bytes is the same key
            mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[64] : keyBytes, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Constant-time comparison of an expected and a presented signature (SPEC §9.1). */
    public static boolean matches(String key, byte[] message, String presented) {
        return presented != null && MessageDigest.isEqual(
                sign(key, message).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
