package org.ocoj.tools.loadgen.run;

import java.util.Locale;

/** What the simulated agents do during the measured part of a run. */
public enum Mode {
    /** Every agent registers once (self-registration hello, or its hello after pre-registration). */
    REGISTER(false, false, true),
    /** Registered agents say hello as fast as the concurrency (or rate) allows. */
    HELLO(true, false, false),
    /** Registered agents send their unchanged inventory again and again. */
    UPDATE(true, true, false),
    /** Registered agents send updates whose software list differs in ~5 % of the packages each time. */
    CHANGED_UPDATE(true, true, false),
    /** New agents register and send their first inventory at once: hello then update, once per agent. */
    FIRST_UPDATE_STORM(false, false, true),
    /** Every agent says hello once per interval and sends an update when the server asks for one. */
    MIXED(true, true, false);

    private final boolean registeredFirst;
    private final boolean updatedFirst;
    private final boolean oncePerAgent;

    Mode(boolean registeredFirst, boolean updatedFirst, boolean oncePerAgent) {
        this.registeredFirst = registeredFirst;
        this.updatedFirst = updatedFirst;
        this.oncePerAgent = oncePerAgent;
    }

    /** Agents register in the (unmeasured) preparation. */
    public boolean registeredFirst() {
        return registeredFirst;
    }

    /** Agents send one inventory in the preparation, so the measured updates compare with a stored one. */
    public boolean updatedFirst() {
        return updatedFirst;
    }

    /** Each agent does its step once; the run ends when all have. */
    public boolean oncePerAgent() {
        return oncePerAgent;
    }

    /** The command-line spelling: {@code changed-update}, {@code first-update-storm}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Mode parse(String text) {
        for (Mode mode : values()) {
            if (mode.option().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown mode '" + text + "'; use one of register, hello, update, "
                + "changed-update, first-update-storm, mixed");
    }
}
