package org.ocoj.tools.reliability.suite;

import java.time.Duration;
import java.util.Optional;
import org.ocoj.tools.reliability.target.Target;

/**
 * One thing a bad day in production (or an attacker) does to the server, and what the server promises when it
 * happens. A scenario sends its requests, checks its promises into an {@link Outcome} and leaves the server
 * usable for the next one. It never asserts on wall time except where time is the promise (recovery, answers
 * within a bound), and then with generous bounds.
 */
public interface Scenario {

    /** Stable id, lower case with dashes: the table's first column and {@code --scenario}'s argument. */
    String name();

    /** The promise in one line, as docs/reliability.md states it. */
    String promise();

    /** Why this scenario cannot run against {@code target} (e.g. it needs a database of its own); empty if it can. */
    default Optional<String> unavailable(Target target) {
        return Optional.empty();
    }

    /**
     * True if the server cannot be probed after this scenario: it stopped it, or may have locked the admin account
     * the suite itself uses (the login attack on a server of the suite's own).
     */
    default boolean skipsProbeAfterwards(Target target) {
        return false;
    }

    /** How long this scenario may run before the suite stops it (an ERROR row); the budget may cut it shorter. */
    default Duration limit(Size size) {
        return Duration.ofMinutes(10);
    }

    /** Runs the scenario. Exceptions become an ERROR row. */
    ScenarioResult run(Target target, Size size) throws Exception;
}
