package org.ocoj.agent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordCipherTest {

    @Test
    void encryptsLikeSpecTestVector() { // SPEC 2.7
        byte[] iv = new byte[16];
        for (int i = 0; i < iv.length; i++) {
            iv[i] = (byte) i;
        }
        PasswordCipher.EncryptedPassword encrypted = PasswordCipher.encrypt("0123456789abcdefghijklmnopqrst", iv, "Secret-Pass1");
        assertEquals("AAECAwQFBgcICQoLDA0ODw==", encrypted.iv());
        assertEquals("WvyfWNJx2gPD0LSBoG9T6w==", encrypted.data());
    }

    @Test
    void refusesAnIvOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> PasswordCipher.encrypt("key", new byte[8], "x"));
    }
}
