package org.ocoj.agent.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a rotated password for {@code oco.agent.passwords} exactly as the server decrypts it
 * (SPEC 2.7): AES-256-CBC, key = agent key cut or NUL-padded to 32 bytes, PKCS#7 padding, Base64.
 */
public final class PasswordCipher {

    /** The wire form {@code {"iv": …, "data": …}}. */
    public record EncryptedPassword(String iv, String data) {
    }

    private PasswordCipher() {
    }

    /**
     * @param agentKey the agent key current at send time (ASCII, as the server issues it)
     * @param iv       16 random bytes
     */
    public static EncryptedPassword encrypt(String agentKey, byte[] iv, String password) {
        if (iv.length != 16) {
            throw new IllegalArgumentException("AES-CBC needs a 16-byte IV, got " + iv.length);
        }
        byte[] key = Arrays.copyOf(agentKey.getBytes(StandardCharsets.UTF_8), 32);
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding"); // PKCS5 = PKCS#7 for 16-byte blocks
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            byte[] encrypted = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder base64 = Base64.getEncoder();
            return new EncryptedPassword(base64.encodeToString(iv), base64.encodeToString(encrypted));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available in this JRE", e);
        }
    }
}
