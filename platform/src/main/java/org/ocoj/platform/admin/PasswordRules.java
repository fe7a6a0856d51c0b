package org.ocoj.platform.admin;

import java.util.Locale;
import org.ocoj.api.server.RequestException;

/** What a password chosen by a person must be: long enough and not guessable from the account. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private PasswordRules() {
    }

    /** @throws RequestException (invalid) saying which rule the password breaks */
    public static void check(String username, String password, String field) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw RequestException.invalid(field + ": a password has " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " characters");
        }
        if (password.chars().distinct().count() < 5) {
            throw RequestException.invalid(field + ": a password needs at least 5 different characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw RequestException.invalid(field + ": a password must not contain the user name");
        }
    }
}
