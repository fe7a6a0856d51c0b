package org.ocoj.dist;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The agent side of password encryption (SPEC §2.7). */
public final class PasswordCrypto {

    private PasswordCrypto() {
    }

    public static Map<String, Object> encrypt(String agentKey, String password) throws GeneralSecurityException {
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        return encrypt(agentKey, password, iv);
    }

    static Map<String, Object> encrypt(String agentKey, String password, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(agentKey.getBytes(StandardCharsets.UTF_8), 32), "AES"),
                new IvParameterSpec(iv));
        return Map.of("iv", Base64.getEncoder().encodeToString(iv),
                "data", Base64.getEncoder().encodeToString(cipher.doFinal(password.getBytes(StandardCharsets.UTF_8))));
    }
}
