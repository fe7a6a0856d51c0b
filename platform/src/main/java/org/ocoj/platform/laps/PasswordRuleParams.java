package org.ocoj.platform.laps;

import java.util.Optional;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * Validates a rule's fields. The alphabet must be printable ASCII: the upstream agent pads by character count,
 * so other characters make passwords the server cannot decrypt (SPEC §2.7).
 */
final class PasswordRuleParams {

    static final String DEFAULT_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int DEFAULT_LENGTH = 16;
    static final long DEFAULT_VALID_SECONDS = 30L * 24 * 3600;
    static final int DEFAULT_HISTORY = 5;

    private PasswordRuleParams() {
    }

    /** A new rule from the call's data; absent fields take the defaults. */
    static PasswordRule parse(JsonParams data) {
        return merge(data, new PasswordRule(0, null, null, DEFAULT_ALPHABET, DEFAULT_LENGTH, DEFAULT_VALID_SECONDS,
                DEFAULT_HISTORY, null));
    }

    /** {@code base} with the fields the call names replaced, validated as a whole. */
    static PasswordRule merge(JsonParams data, PasswordRule base) {
        Long group = data.has("computer_group_id") ? data.optionalLong("computer_group_id").orElse(null)
                : base.groupId();
        String username = data.optionalString("username", 200).map(String::trim).orElse(base.username());
        if (username == null || username.isEmpty() || !username.matches("[^\\s:/\\\\]+")) {
            throw RequestException.invalid("username is required: the local account to rotate, without spaces, "
                    + "colons or slashes");
        }
        String alphabet = data.optionalString("alphabet", 500).orElse(base.alphabet());
        if (!alphabet.matches("[\\x21-\\x7e]+") || alphabet.chars().distinct().count() < 10) {
            throw RequestException.invalid("alphabet must hold at least 10 different printable ASCII characters "
                    + "(no spaces): the upstream agent cannot encrypt others");
        }
        int length = (int) range(data.optionalLong("length"), base.length(), 8, 128, "length");
        long valid = range(data.optionalLong("valid_seconds"), base.validSeconds(), 3600, 10L * 365 * 24 * 3600,
                "valid_seconds");
        int history = (int) range(data.optionalLong("history"), base.history(), 1, 100, "history");
        String defaultPassword = data.has("default_password")
                ? data.optionalString("default_password", 500).filter(s -> !s.isEmpty()).orElse(null)
                : base.defaultPassword();
        return new PasswordRule(base.id(), group, username, alphabet, length, valid, history, defaultPassword);
    }

    private static long range(Optional<Long> given, long fallback, long min, long max, String name) {
        long value = given.orElse(fallback);
        if (value < min || value > max) {
            throw RequestException.invalid(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
