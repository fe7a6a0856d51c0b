package org.ocoj.tools.reliability.scenarios;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Bodies far over the limits (20 MB and 200 MB of JSON) on the agent endpoint, the client API and the UI login,
 * unauthenticated: each is refused with 413 (the server need not read it all), and the server still answers.
 */
public final class OversizedBodiesScenario implements Scenario {

    /**
     * The agent endpoint answers 413; the client API (4 MiB) and the UI login (4 KiB) refuse a body over their
     * limit as a corrupt payload (400, saying it is too large) — refused unread either way.
     */
    private static final List<String> PATHS = List.of("/api-agent.php", "/api-client.php", "/ui-session/login");
    private static final long[] SIZES = {20_000_000L, 200_000_000L};

    @Override
    public String name() {
        return "oversized-bodies";
    }

    @Override
    public String promise() {
        return "20 MB and 200 MB bodies are refused unread: 413 on the agent endpoint, 400/413 on the client API and UI login";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws InterruptedException {
        Outcome outcome = new Outcome(name());
        RawHttp http = new RawHttp(target.host(), target.port());
        for (String path : PATHS) {
            for (long length : SIZES) {
                RawHttp.Body body = RawHttp.Body.repeated("[".getBytes(StandardCharsets.US_ASCII),
                        "{},".getBytes(StandardCharsets.US_ASCII), "{}]".getBytes(StandardCharsets.US_ASCII), length);
                // as the admin on the client API: an unauthenticated body is refused (401) before it is read anyway
                RawHttp.Request request = new RawHttp.Request("POST", path, Map.of("Content-Type", "application/json",
                        "x-oco-agent-signature", "0".repeat(64), "Authorization", Liveness.basic(target)), body);
                Answer answer = http.send(request, Duration.ofSeconds(120));
                outcome.tally().count(answer.status());
                boolean agent = path.equals("/api-agent.php");
                boolean refused = agent ? answer.status() == 413 : answer.status() == 400 || answer.status() == 413;
                outcome.expect(refused, path + " with " + length / 1_000_000 + " MB is refused ("
                        + (agent ? "413" : "400/413") + ")", answer.summary());
            }
        }
        Liveness.Probe after = new Liveness(target).probe(outcome.tally());
        outcome.expect(after.ok(), "the server answers afterwards", String.join("; ", after.failures()));
        return outcome.result();
    }
}
