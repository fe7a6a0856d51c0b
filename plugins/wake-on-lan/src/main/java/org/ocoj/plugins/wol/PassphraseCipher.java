package org.ocoj.plugins.wol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts satellite key passphrases at rest: AES-256-GCM under a key derived from the secret
 * {@code OCO_WOL_SECRET} (setting {@code wake-on-lan.secret}), which lives in the server's environment, not
 * in the database. Stored form: {@code v1:} + base64(12-byte IV ‖ ciphertext ‖ tag).
 */
public final class PassphraseCipher {

    public static final int MIN_SECRET_LENGTH = 16;
    private static final String PREFIX = "v1:";
    private static final byte[] AAD = "oco-j wol_satellite.passphrase".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @throws IllegalStateException with a message for the admin if the secret is unset or too short */
    public PassphraseCipher(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("Key passphrases are stored encrypted with the secret OCO_WOL_SECRET "
                    + "(setting wake-on-lan.secret), which is " + (secret == null || secret.isEmpty() ? "not set"
                    : "shorter than " + MIN_SECRET_LENGTH + " characters")
                    + ": set it in the server's environment or conf/oco-server.conf, or use a key without passphrase");
        }
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            key = new SecretKeySpec(derive.doFinal("wake-on-lan passphrase key v1".getBytes(StandardCharsets.US_ASCII)),
                    "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(String passphrase) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(passphrase.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalStateException if the value was not sealed with the current secret */
    public String decrypt(String stored) {
        try {
            if (!stored.startsWith(PREFIX)) {
                throw new GeneralSecurityException("unknown format");
            }
            byte[] data = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, 12));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(data, 12, data.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored key passphrase cannot be decrypted: OCO_WOL_SECRET was "
                    + "changed since it was stored; set the passphrase again with oco.wol_satellite.update");
        }
    }
}
