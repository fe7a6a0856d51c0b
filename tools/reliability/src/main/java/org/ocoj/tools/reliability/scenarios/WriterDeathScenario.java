package org.ocoj.tools.reliability.scenarios;

import java.time.Duration;
import java.util.Map;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.reliability.agents.BackgroundLoad;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * The heartbeat writer thread ({@code oco-group-commit}) dies while agents say hello — killed through the test
 * plugin's {@code oco.probe.stop_thread} where the server has it (the dist tests' server), else by the
 * unauthenticated memory-exhaustion trigger that killed it in the field. Hellos must keep being answered (a new
 * writer takes over), and the UI, health and client API with them.
 */
public final class WriterDeathScenario implements Scenario {

    static final String PROBE = "oco.probe.stop_thread";
    static final String WRITER = "oco-group-commit";

    @Override
    public String name() {
        return "writer-death";
    }

    @Override
    public String promise() {
        return "the hello writer thread dies under hello load (test probe, else the memory trigger): every hello is "
                + "still answered and the server keeps serving";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        Admin admin = new Admin(target, outcome.tally());
        BackgroundLoad load = BackgroundLoad.start(target, Mode.HELLO, size.pick(230, 40), size.pick(32, 8),
                Duration.ofSeconds(size.pick(40, 10)), Duration.ofSeconds(30));
        int kills = size.pick(3, 2);
        for (int i = 0; i < kills; i++) {
            Admin.Reply killed = admin.call(PROBE, Map.of("name", WRITER));
            if (!killed.ok()) {
                outcome.observe("no test probe in this server (" + killed.error() + "): the memory-exhaustion trigger "
                        + "stands in; whether the writer died is not known");
                MemoryExhaustionScenario.attack(target, outcome, size.pick(6, 2));
                break;
            }
            outcome.observe("writer threads stopped by the probe: " + killed.data().path("stopped").asInt());
            Thread.sleep(2_000);
        }
        RunResult hellos = load.finish(outcome);
        outcome.expect(hellos.total().errorCount() == 0, "every hello succeeds", hellos.total().errorsByLabel()
                + " e.g. " + hellos.total().errorsByLabel().keySet().stream().findFirst()
                .map(hellos.total()::example).orElse(""));
        outcome.expect(outcome.tally().serverErrors() == 0 && outcome.tally().unanswered() == 0,
                "every hello is answered, none with a 5xx", outcome.tally().serverErrors() + " 5xx, "
                        + outcome.tally().unanswered() + " unanswered");
        Liveness.Probe after = new Liveness(target).probe(outcome.tally());
        outcome.expect(after.ok(), "the server answers afterwards", String.join("; ", after.failures()));
        return outcome.result();
    }
}
