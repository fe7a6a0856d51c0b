package org.ocoj.tools.reliability.agents;

/**
 * A request got no answer at all (timeout, reset): the server is likely wedged, and a scenario that sends request
 * after request stops here instead of waiting out every timeout.
 */
public final class NoAnswer extends RuntimeException {

    public NoAnswer(String message) {
        super(message);
    }

    /** A scenario's requests, sent one after another until done or until one is not answered. */
    @FunctionalInterface
    public interface Requests {
        void send() throws Exception;
    }

    /** Runs {@code requests}; an unanswered one ends them as a broken promise of {@code outcome}. */
    public static void stopAt(org.ocoj.tools.reliability.suite.Outcome outcome, Requests requests) throws Exception {
        try {
            requests.send();
        } catch (NoAnswer e) {
            outcome.expect(false, "every request is answered", e.getMessage());
        }
    }
}
