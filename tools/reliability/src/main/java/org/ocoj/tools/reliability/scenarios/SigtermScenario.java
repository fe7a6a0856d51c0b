package org.ocoj.tools.reliability.scenarios;

import java.util.Optional;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.ServerControl;
import org.ocoj.tools.reliability.target.Target;

/**
 * A clean stop: SIGTERM (what systemd and container runtimes send) ends the server with exit code 0, so a service
 * manager sees a stop, not a failure. Runs last: afterwards the server is gone.
 */
public final class SigtermScenario implements Scenario {

    @Override
    public String name() {
        return "sigterm";
    }

    @Override
    public String promise() {
        return "SIGTERM stops the server with exit code 0";
    }

    @Override
    public Optional<String> unavailable(Target target) {
        return target.server().isPresent() ? Optional.empty()
                : Optional.of("needs control of the server process (the command-line run)");
    }

    /** The server is gone afterwards: nothing to probe. */
    @Override
    public boolean skipsProbeAfterwards(Target target) {
        return true;
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        ServerControl server = target.server().orElseThrow();
        int exit = server.terminate();
        outcome.expect(exit == 0, "the exit code is 0", "exit code " + exit);
        return outcome.result();
    }
}
