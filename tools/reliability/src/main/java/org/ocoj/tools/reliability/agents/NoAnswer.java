package org.ocoj.tools.reliability.agents;

/**
 * A request got no answer at all (timeout, reset): the server is likely wedged, and a scenario that sends request
 * after request stops here instead of waiting out every timeout.
 */
public final class NoAnswer extends RuntimeException {

    public NoAnswer(String message) {
        super(message);
    }
}
