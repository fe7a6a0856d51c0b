package org.ocoj.agent.laps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code update-passwords} order of a hello answer (SPEC 2.7): rotate {@code username}'s password to a new one
 * of {@code length} characters drawn from {@code alphabet}; {@code old_password} only for macOS.
 */
public record PasswordOrder(String username, String alphabet, int length, Optional<String> oldPassword) {
    /** Longest password the agent makes: far above any rule, far below what the OS tools read in one line. */
    static final int MAX_LENGTH = 1024;
    static final int MAX_USERNAME = 256;

    /** The orders the agent carries out, and a sentence for each one it refuses (never with a secret). */
    public record Parsed(List<PasswordOrder> orders, List<String> refused) {
    }

    /** Reads {@code update-passwords}; an order that could harm the system (a line break, an option) is refused. */
    public static Parsed parse(JsonNode array) {
        List<PasswordOrder> orders = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return new Parsed(orders, refused);
        }
        for (JsonNode item : array) {
            String username = item.path("username").asText("");
            Optional<String> problem = problem(item, username);
            if (problem.isEmpty() && orders.stream().anyMatch(order -> order.username().equals(username))) {
                problem = Optional.of("a second order for the same account in one answer");
            }
            if (problem.isPresent()) {
                refused.add("password order" + (username.isEmpty() || !printable(username) ? "" : " for '" + username + "'")
                        + " refused: " + problem.get());
                continue;
            }
            JsonNode old = item.get("old_password");
            orders.add(new PasswordOrder(username, item.get("alphabet").asText(), item.get("length").asInt(),
                    old == null || old.isNull() ? Optional.empty() : Optional.of(old.asText())));
        }
        return new Parsed(orders, refused);
    }

    private static Optional<String> problem(JsonNode item, String username) {
        if (!item.path("username").isTextual() || username.isEmpty() || username.length() > MAX_USERNAME) {
            return Optional.of("username must be a name of 1 to " + MAX_USERNAME + " characters");
        }
        // ':' ends the name in chpasswd's "user:password" line, '/' and '\' leave dscl's /Users/<name>,
        // a leading '-' would read as an option
        if (!printable(username) || username.startsWith("-") || username.strip().length() != username.length()
                || username.chars().anyMatch(c -> c == ':' || c == '/' || c == '\\')) {
            return Optional.of("username holds a control character, ':', '/', '\\', a leading '-' or outer spaces");
        }
        JsonNode alphabet = item.get("alphabet");
        if (alphabet == null || !alphabet.isTextual() || alphabet.asText().isEmpty()
                || !alphabet.asText().chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            // the server decrypts what upstream's agent pads by characters: only ASCII survives (SPEC 2.7)
            return Optional.of("alphabet must be printable ASCII characters");
        }
        JsonNode length = item.get("length");
        if (length == null || !length.canConvertToInt() || !length.isIntegralNumber()
                || length.asInt() < 1 || length.asInt() > MAX_LENGTH) {
            return Optional.of("length must be a whole number from 1 to " + MAX_LENGTH);
        }
        JsonNode old = item.get("old_password");
        if (old != null && !old.isNull() && !old.isTextual()) {
            return Optional.of("old_password must be text");
        }
        return Optional.empty();
    }

    private static boolean printable(String text) {
        return text.codePoints().noneMatch(Character::isISOControl);
    }

    /** Without the old password: orders end up in logs. */
    @Override
    public String toString() {
        return "PasswordOrder[username=" + username + ", length=" + length + ", alphabet of " + alphabet.length()
                + " characters" + (oldPassword.isPresent() ? ", with old password" : "") + "]";
    }
}
