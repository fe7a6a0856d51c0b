package org.ocoj.platform.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesOnlyTheRightPasswordAndSaltsEachHash() {
        String hash = PasswordHasher.hash("correct horse");
        assertTrue(hash.startsWith("pbkdf2-sha256$"));
        assertTrue(PasswordHasher.verify("correct horse", hash));
        assertFalse(PasswordHasher.verify("correct horse ", hash));
        assertNotEquals(hash, PasswordHasher.hash("correct horse"));
        assertFalse(PasswordHasher.verify("x", "plain-text"));
    }
}
