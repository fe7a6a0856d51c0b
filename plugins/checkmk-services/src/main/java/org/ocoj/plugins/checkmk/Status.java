package org.ocoj.plugins.checkmk;

import java.util.Locale;
import java.util.Optional;

/** A service state as CheckMK names it; the number is what local checks print and what is stored. */
enum Status {
    OK, WARN, CRIT, UNKNOWN;

    int code() {
        return ordinal();
    }

    static Status of(int code) {
        return values()[code];
    }

    /** {@code 0}–{@code 3} or a name ({@code ok}, {@code WARN}, …), as the client API accepts it. */
    static Optional<Status> parse(Object value) {
        if (value instanceof Number number && number.doubleValue() == number.intValue()
                && number.intValue() >= 0 && number.intValue() <= 3) {
            return Optional.of(of(number.intValue()));
        }
        if (value instanceof String text) {
            String trimmed = text.trim().toUpperCase(Locale.ROOT);
            if (trimmed.matches("[0-3]")) {
                return Optional.of(of(Integer.parseInt(trimmed)));
            }
            for (Status status : values()) {
                if (status.name().equals(trimmed)) {
                    return Optional.of(status);
                }
            }
        }
        return Optional.empty();
    }

    /** The worse of two states: CRIT over WARN over UNKNOWN over OK, as CheckMK ranks them. */
    Status worse(Status other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case OK -> 0;
            case UNKNOWN -> 1;
            case WARN -> 2;
            case CRIT -> 3;
        };
    }
}
