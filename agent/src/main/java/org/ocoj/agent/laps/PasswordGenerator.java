package org.ocoj.agent.laps;

import java.security.SecureRandom;

/** Draws each character of a new password independently and uniformly from the order's alphabet (as upstream). */
public final class PasswordGenerator {
    private final SecureRandom random;

    public PasswordGenerator(SecureRandom random) {
        this.random = random;
    }

    public String generate(String alphabet, int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
