package org.ocoj.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a long random secret (session cookie, API token): SHA-256, hex. Enough for random secrets of
 * 40 characters (no guessing to slow down, unlike passwords); a read of the table hands out nothing usable.
 */
public final class TokenHash {

    private TokenHash() {
    }

    public static String of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
