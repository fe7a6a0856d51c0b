package org.ocoj.tools.reliability.scenarios;

import java.util.Optional;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * {@code kill -9} of the server under mixed load (registrations, hellos, first and changed updates), then a
 * restart, round after round: the database opens every time, every acknowledged request is found, no issued key
 * is lost. The rounds are the crash tool's (tools/loadgen, issue 16 item 2); until it is on main this row says so.
 */
public final class CrashScenario implements Scenario {

    @Override
    public String name() {
        return "crash-kill9";
    }

    @Override
    public String promise() {
        return "kill -9 under mixed load, restart, N rounds: the database opens every time, nothing acknowledged is "
                + "lost, no key lost";
    }

    @Override
    public Optional<String> unavailable(Target target) {
        if (target.server().isEmpty()) {
            return Optional.of("needs control of the server process (the command-line run)");
        }
        return Optional.of("not yet available: the crash tool (tools/loadgen, issue 16 item 2) has not landed on main");
    }

    @Override
    public ScenarioResult run(Target target, Size size) {
        Outcome outcome = new Outcome(name());
        outcome.expect(false, "the crash tool is available", "not on main yet");
        return outcome.result();
    }
}
