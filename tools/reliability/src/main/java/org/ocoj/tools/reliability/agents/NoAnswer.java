package org.ocoj.tools.reliability.agents;

import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.ScenarioResult;

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

    /** What a scenario measures, into its outcome. */
    @FunctionalInterface
    public interface Measurement {
        void measure(Outcome outcome) throws Exception;
    }

    /** A scenario's result: {@code measurement} run until done or until one of its requests is not answered. */
    public static ScenarioResult measured(String scenario, Measurement measurement) throws Exception {
        Outcome outcome = new Outcome(scenario);
        stopAt(outcome, () -> measurement.measure(outcome));
        return outcome.result();
    }

    /** Runs {@code requests}; an unanswered one ends them as a broken promise of {@code outcome}. */
    public static void stopAt(Outcome outcome, Requests requests) throws Exception {
        try {
            requests.send();
        } catch (NoAnswer e) {
            outcome.expect(false, "every request is answered", e.getMessage());
        }
    }
}
