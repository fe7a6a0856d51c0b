package org.ocoj.platform.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordCipherTest {

    @Test
    void decryptsTheSpecsTestVector() {
        assertEquals("Secret-Pass1", PasswordCipher.decrypt("0123456789abcdefghijklmnopqrst",
                "AAECAwQFBgcICQoLDA0ODw==", "WvyfWNJx2gPD0LSBoG9T6w=="));
    }

    @Test
    void wrongKeyOrGarbageGivesNull() {
        assertNull(PasswordCipher.decrypt("another-key-00000000000000000", "AAECAwQFBgcICQoLDA0ODw==",
                "WvyfWNJx2gPD0LSBoG9T6w=="));
        assertNull(PasswordCipher.decrypt("0123456789abcdefghijklmnopqrst", "not base64!", "x"));
    }
}
