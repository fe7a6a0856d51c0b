package org.ocoj.platform.metrics;

import java.util.Locale;

/** How a request ended, as the {@code outcome} label of the request metrics. */
public enum Outcome {
    /** Answered with a result. */
    OK,
    /** Not authenticated or not permitted: a signature, key, password or permission did not match. */
    REFUSED,
    /** The request itself was wrong: bad JSON, unknown method, a field out of range, a replay. */
    INVALID,
    /** The server could not do it now (503): database unavailable, starting, draining, busy. */
    UNAVAILABLE,
    /** The server failed (500): a bug or an unexpected failure, in the log. */
    ERROR;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    /** The outcome an HTTP status stands for. */
    public static Outcome ofStatus(int status) {
        if (status < 400) {
            return OK;
        }
        if (status == 401 || status == 403 || status == 429) {
            return REFUSED;
        }
        if (status == 503) {
            return UNAVAILABLE;
        }
        return status >= 500 ? ERROR : INVALID;
    }
}
