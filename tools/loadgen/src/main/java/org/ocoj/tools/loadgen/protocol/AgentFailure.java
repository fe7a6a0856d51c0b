package org.ocoj.tools.loadgen.protocol;

import org.ocoj.tools.loadgen.stats.ErrorKind;

/** A request the real agent would treat as failed, with the kind it is counted under and a readable reason. */
public final class AgentFailure extends Exception {

    private final ErrorKind kind;
    private final String label;

    public AgentFailure(ErrorKind kind, String label, String message) {
        super(message);
        this.kind = kind;
        this.label = label;
    }

    public AgentFailure(ErrorKind kind, String message) {
        this(kind, kind.name().toLowerCase(java.util.Locale.ROOT), message);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The summary's row label, e.g. {@code http 401} or {@code signature}. */
    public String label() {
        return label;
    }
}
