package org.ocoj.tools.reliability.scenarios;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.reliability.agents.BackgroundLoad;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * The unauthenticated way to wedge the server: four concurrent 15 MB bodies of {@code [{},{},…]} (under the
 * agent body limit) with a made-up signature, round after round, while agents say hello. Parsing such a body
 * into a tree took the heap and killed the hello writer thread; every hello then waited forever. The server must
 * refuse the bodies without building them and keep answering the agents.
 */
public final class MemoryExhaustionScenario implements Scenario {

    static final int CONCURRENT = 4;
    static final long BODY_BYTES = 15_000_001; // "[" + "{}," × 4,999,999 + "{}]": valid JSON, 5 million objects

    @Override
    public String name() {
        return "memory-exhaustion";
    }

    @Override
    public String promise() {
        return CONCURRENT + " concurrent unauthenticated 15 MB [{},{},…] bodies, round after round, under hello load: "
                + "refused (4xx), every hello answered, the server keeps serving";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        int rounds = size.pick(8, 3);
        BackgroundLoad load = BackgroundLoad.start(target, Mode.HELLO, size.pick(200, 40), size.pick(32, 8),
                Duration.ofSeconds(size.pick(60, 12)), Duration.ofSeconds(30));
        attack(target, outcome, rounds);
        RunResult hellos = load.finish(outcome);
        outcome.expect(hellos.total().errorCount() == 0, "every hello succeeds", hellos.total().errorsByLabel()
                + " e.g. " + hellos.total().errorsByLabel().keySet().stream().findFirst()
                .map(hellos.total()::example).orElse(""));
        outcome.expect(outcome.tally().serverErrors() == 0 && outcome.tally().unanswered() == 0,
                "every hello and every attack body is answered, none with a 5xx",
                outcome.tally().serverErrors() + " 5xx, " + outcome.tally().unanswered() + " unanswered");
        Liveness.Probe after = new Liveness(target).probe(outcome.tally());
        outcome.expect(after.ok(), "the server answers afterwards", String.join("; ", after.failures()));
        return outcome.result();
    }

    /** Sends {@code rounds} rounds of {@link #CONCURRENT} bodies at once; each must be refused with a 4xx. */
    static void attack(Target target, Outcome outcome, int rounds) throws Exception {
        RawHttp http = new RawHttp(target.host(), target.port());
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 0; round < rounds; round++) {
                List<Future<Answer>> answers = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    answers.add(senders.submit(() -> http.send(new RawHttp.Request("POST", "/api-agent.php",
                            Map.of("Content-Type", "application/json", "x-oco-agent-signature", "0".repeat(64)),
                            RawHttp.Body.repeated(bytes("["), bytes("{},"), bytes("{}]"), BODY_BYTES)),
                            Duration.ofSeconds(60))));
                }
                for (Future<Answer> future : answers) {
                    Answer answer = future.get();
                    outcome.tally().count(answer.status());
                    outcome.expect(answer.status() >= 400 && answer.status() < 500, "an unauthenticated 15 MB body "
                            + "is refused with a 4xx", answer.summary());
                }
            }
        } finally {
            senders.shutdownNow();
        }
        outcome.observe(rounds + " rounds of " + CONCURRENT + " bodies of " + BODY_BYTES / 1_000_000 + " MB");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
