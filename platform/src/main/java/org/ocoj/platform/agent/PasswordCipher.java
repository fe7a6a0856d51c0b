package org.ocoj.platform.agent;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The agent's password encryption (SPEC §2.7): AES-256-CBC/PKCS#7, key = the agent key cut or NUL-padded
 * to 32 bytes. The server only decrypts to prove the data is intact and was made with this computer's key.
 */
public final class PasswordCipher {

    private PasswordCipher() {
    }

    /** @return the plaintext, or null if the data cannot be decrypted with this key */
    public static String decrypt(String agentKey, String ivBase64, String dataBase64) {
        try {
            byte[] key = Arrays.copyOf(agentKey.getBytes(StandardCharsets.UTF_8), 32);
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new IvParameterSpec(Base64.getDecoder().decode(ivBase64)));
            return new String(cipher.doFinal(Base64.getDecoder().decode(dataBase64)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
