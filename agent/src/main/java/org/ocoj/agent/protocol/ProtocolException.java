package org.ocoj.agent.protocol;

/**
 * A request to the server did not produce an acceptable response. Nothing from such a response has been
 * stored. The message is one log line for operators.
 */
public class ProtocolException extends Exception {

    /** What went wrong, so the check-in loop can react (e.g. re-discover only when nobody answers). */
    public enum Kind {
        /** No HTTP answer at all: connection refused, DNS failure, timeout. */
        UNREACHABLE,
        /** The server answered with a status other than 200. */
        HTTP_STATUS,
        /** The response signature is missing or wrong. */
        BAD_SIGNATURE,
        /** The response timestamp is not newer than the last one, or implausibly far in the future. */
        BAD_TIMESTAMP,
        /** The body is not the JSON the protocol describes. */
        MALFORMED
    }

    private final Kind kind;

    public ProtocolException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ProtocolException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
