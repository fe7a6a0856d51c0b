package org.ocoj.api.server;

/**
 * A request that cannot be carried out, with a message meant for the caller. The platform maps it to the
 * protocol's error: client API -32001 (invalid), -32003 (not found) or -32000 (failed); agent API HTTP 400.
 */
public class RequestException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FAILED }

    private final Kind kind;

    public RequestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static RequestException invalid(String message) {
        return new RequestException(Kind.INVALID, message);
    }

    public static RequestException notFound(String message) {
        return new RequestException(Kind.NOT_FOUND, message);
    }

    public Kind kind() {
        return kind;
    }
}
