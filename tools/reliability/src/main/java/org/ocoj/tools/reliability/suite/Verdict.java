package org.ocoj.tools.reliability.suite;

/** How a scenario ended. Only {@link #PASS} counts as holding; the others say why not, in words. */
public enum Verdict {
    /** Every promise of the scenario held. */
    PASS,
    /** At least one promise did not hold (the details name which). */
    FAIL,
    /** The scenario cannot run against this target (e.g. no database of its own to freeze) or its tool has not landed. */
    NOT_AVAILABLE,
    /** The scenario itself broke (an exception of the suite, or its time limit): no measurement. */
    ERROR;

    public String text() {
        return switch (this) {
            case PASS -> "pass";
            case FAIL -> "FAIL";
            case NOT_AVAILABLE -> "not available";
            case ERROR -> "ERROR";
        };
    }
}
