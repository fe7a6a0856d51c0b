package org.ocoj.tools.reliability.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret the suite has seen (registration key, client API key, admin passwords, agent and server keys it
 * was issued), by a name that can be printed. {@link #foundIn} names the secrets a text reveals — never the
 * secret itself.
 */
public final class Secrets {

    /** Shorter values would match by chance (and are not secrets the server makes). */
    private static final int MIN_LENGTH = 8;

    private final Map<String, String> nameBySecret = new ConcurrentHashMap<>();

    public Secrets(Credentials credentials) {
        add("registration key", credentials.registrationKey());
        add("client API key", credentials.apiKey());
        add("password of " + credentials.adminUser(), credentials.adminPassword());
    }

    public void add(String name, String secret) {
        if (secret != null && secret.length() >= MIN_LENGTH) {
            nameBySecret.putIfAbsent(secret, name);
        }
    }

    public int size() {
        return nameBySecret.size();
    }

    /** {@code text} with every known secret replaced by its name in brackets: what a report may show. */
    public String redact(String text) {
        String safe = text;
        for (Map.Entry<String, String> secret : nameBySecret.entrySet()) {
            if (safe.contains(secret.getKey())) {
                safe = safe.replace(secret.getKey(), "[" + secret.getValue() + "]");
            }
        }
        return safe;
    }

    /** Names of the secrets that occur in {@code text}; empty if none. */
    public List<String> foundIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        nameBySecret.forEach((secret, name) -> {
            if (text.contains(secret)) {
                found.add(name);
            }
        });
        return found;
    }
}
