package org.ocoj.platform.agent;

/** A refused agent request: HTTP status plus a message that names what was wrong (SPEC §1.9). */
public class AgentException extends RuntimeException {

    private final int status;

    public AgentException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static AgentException badRequest(String message) {
        return new AgentException(400, message);
    }

    public static AgentException unauthorized(String message) {
        return new AgentException(401, message);
    }

    public int status() {
        return status;
    }
}
