package org.ocoj.platform.agent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The agent's password encryption (SPEC §2.7): AES-256-CBC/PKCS#7, key = the agent key cut or NUL-padded
 * to 32 bytes. The server decrypts to prove the data is intact and was made with this computer's key, and encrypts
 * only what the OCO import takes over (upstream keeps rotated passwords in plain text), so it is stored as an agent's.
 */
public final class PasswordCipher {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Stored form: Base64 of the IV and of the encrypted bytes. */
    public record Encrypted(String iv, String secret) {
    }

    private PasswordCipher() {
    }

    /** @return the plaintext, or null if the data cannot be decrypted with this key */
    public static String decrypt(String agentKey, String ivBase64, String dataBase64) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, agentKey, Base64.getDecoder().decode(ivBase64));
            return new String(cipher.doFinal(Base64.getDecoder().decode(dataBase64)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Encrypts as the agent does, with a fresh random IV. */
    public static Encrypted encrypt(String agentKey, String password) {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        try {
            byte[] data = cipher(Cipher.ENCRYPT_MODE, agentKey, iv).doFinal(password.getBytes(StandardCharsets.UTF_8));
            return new Encrypted(Base64.getEncoder().encodeToString(iv), Base64.getEncoder().encodeToString(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available in this JRE", e);
        }
    }

    private static Cipher cipher(int mode, String agentKey, byte[] iv) throws GeneralSecurityException {
        byte[] key = Arrays.copyOf(agentKey.getBytes(StandardCharsets.UTF_8), 32);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return cipher;
    }
}
