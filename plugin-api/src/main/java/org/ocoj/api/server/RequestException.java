package org.ocoj.api.server;

/**
 * A request that cannot be carried out, with a message meant for the caller. The platform maps it to the
 * protocol's error: client API -32001 (invalid), -32003 (not found) or -32000 (failed); agent API HTTP 400.
 * One with a cause (e.g. {@link #failed(String, Throwable)} around an SQLException) is also logged by the
 * platform with the method, the plugin and the cause's stack trace; the caller sees only the message, never the
 * cause's text (driver messages can hold table names or values).
 */
public class RequestException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FAILED }

    private final Kind kind;

    public RequestException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public RequestException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static RequestException invalid(String message) {
        return new RequestException(Kind.INVALID, message);
    }

    public static RequestException notFound(String message) {
        return new RequestException(Kind.NOT_FOUND, message);
    }

    /** Something on the server's side failed (a database, a remote host): {@code message} says what, in words. */
    public static RequestException failed(String message, Throwable cause) {
        return new RequestException(Kind.FAILED, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
