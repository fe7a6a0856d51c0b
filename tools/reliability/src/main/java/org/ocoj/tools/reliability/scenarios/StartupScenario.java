package org.ocoj.tools.reliability.scenarios;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.ServerControl;
import org.ocoj.tools.reliability.target.Target;

/**
 * A restart while clients keep asking (agents, the UI, a load balancer): until the server is ready, what answers
 * must say "not yet" (503, or no connection at all) — never 404 (an agent would think the URL is wrong) or an
 * empty 500.
 */
public final class StartupScenario implements Scenario {

    private static final String[] PATHS = {"/", "/health", "/api-client.php", "/api-agent.php"};

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String promise() {
        return "during a restart every answer before ready is 503 or no connection, never 404 or 500";
    }

    @Override
    public Optional<String> unavailable(Target target) {
        return target.server().isPresent() ? Optional.empty()
                : Optional.of("needs control of the server process (the command-line run)");
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        ServerControl server = target.server().orElseThrow();
        Web web = new Web(target.url());
        Map<String, String> wrong = new ConcurrentHashMap<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (starting.get()) {
                for (String path : PATHS) {
                    Answer answer = path.startsWith("/api") ? web.post(path, "application/json",
                            "{}".getBytes(StandardCharsets.UTF_8), Map.of("Authorization", Liveness.basic(target)),
                            Duration.ofSeconds(10)) : web.get(path, Duration.ofSeconds(10));
                    outcome.tally().count(answer.status());
                    if (answer.status() == 404 || answer.status() >= 500 && answer.status() != 503) {
                        wrong.putIfAbsent(path + " " + answer.status(), answer.summary());
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "startup-poller");
        int exit = server.terminate(); // a clean stop: a kill -9 is the crash scenario's business
        outcome.observe("stopped with exit code " + exit);
        poller.start();
        Duration ready = server.restart();
        starting.set(false);
        poller.join(30_000);
        outcome.observe("ready " + ready.toMillis() + " ms after the start");
        outcome.expect(wrong.isEmpty(), "only 503 or no connection before ready", wrong.size() + " kinds of wrong "
                + "answers: " + String.join("; ", wrong.values()));
        return outcome.result();
    }
}
