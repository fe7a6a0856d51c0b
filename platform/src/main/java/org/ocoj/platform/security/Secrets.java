package org.ocoj.platform.security;

import java.security.SecureRandom;

/** Random keys from SecureRandom (SPEC §9.2): lower-case letters and digits, as the agent's ini expects. */
public final class Secrets {

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String randomKey(int length) {
        char[] key = new char[length];
        for (int i = 0; i < length; i++) {
            key[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }
}
