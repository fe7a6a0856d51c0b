package org.ocoj.tools.reliability.scenarios;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.loadgen.run.Mode;
import org.ocoj.tools.loadgen.run.RunResult;
import org.ocoj.tools.reliability.agents.BackgroundLoad;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.RawHttp;
import org.ocoj.tools.reliability.suite.Outcome;
import org.ocoj.tools.reliability.suite.Scenario;
import org.ocoj.tools.reliability.suite.ScenarioResult;
import org.ocoj.tools.reliability.suite.Size;
import org.ocoj.tools.reliability.target.Target;

/**
 * Slowloris on the body: hundreds of connections each declare a 100 KB agent request and send one byte every
 * 5 s, holding request threads. The UI, the client API and agents' hellos must keep being answered meanwhile,
 * and the server should cut the slow connections off (408 or close) rather than wait for them.
 */
public final class SlowBodiesScenario implements Scenario {

    private static final Duration DRIP = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "slow-bodies";
    }

    @Override
    public String promise() {
        return "500 connections sending a 100 KB body one byte per 5 s: UI, client API and hellos keep answering "
                + "(each probe within 10 s)";
    }

    @Override
    public ScenarioResult run(Target target, Size size) throws Exception {
        Outcome outcome = new Outcome(name());
        int connections = 500; // more than the server has request threads: fewer would prove nothing
        Duration hold = Duration.ofSeconds(size.pick(90, 12));
        // the agents are prepared (registered) before the slow clients arrive
        BackgroundLoad load = BackgroundLoad.start(target, Mode.HELLO, 20, 4, hold.plusSeconds(15), Duration.ofSeconds(30));
        RawHttp http = new RawHttp(target.host(), target.port());
        RawHttp.Request slow = new RawHttp.Request("POST", "/api-agent.php", Map.of("Content-Type", "application/json",
                "x-oco-agent-signature", "0".repeat(64)), RawHttp.Body.of(new byte[100_000]));
        List<Socket> open = new ArrayList<>();
        int refusedToOpen = 0;
        for (int i = 0; i < connections; i++) {
            try {
                open.add(http.openWithHead(slow, null, Duration.ofSeconds(10)));
            } catch (IOException e) {
                refusedToOpen++;
            }
        }
        Liveness liveness = new Liveness(target);
        int probes = 0;
        List<String> failures = new ArrayList<>();
        int cutOff = 0;
        long end = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < end) {
            long next = System.nanoTime() + DRIP.toNanos();
            cutOff += drip(open);
            Liveness.Probe probe = liveness.probe(outcome.tally());
            probes++;
            if (!probe.ok()) {
                failures.add(probe.failures().get(0));
            }
            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
        }
        open.forEach(SlowBodiesScenario::close);
        RunResult hellos = load.finish(outcome);
        outcome.expect(failures.isEmpty(), "the UI, health, client API and agent endpoint answer every probe",
                failures.size() + " of " + probes + " probes failed, first: " + (failures.isEmpty() ? "" : failures.get(0)));
        outcome.expect(hellos.total().errorCount() == 0, "every hello succeeds", String.valueOf(hellos.total().errorsByLabel()));
        outcome.observe(open.size() + " slow connections open (" + refusedToOpen + " refused), " + cutOff
                + " cut off by the server within " + hold.toSeconds() + " s");
        Duration recovery = liveness.awaitAnswering(Duration.ofSeconds(30), outcome.tally());
        outcome.recovery(recovery);
        outcome.expect(recovery != null, "the server answers after the slow clients are gone", "not within 30 s");
        return outcome.result();
    }

    /** One more byte on every open slow connection. @return how many the server closed since the last drip */
    private static int drip(List<Socket> open) {
        int closed = 0;
        for (var it = open.iterator(); it.hasNext(); ) {
            Socket socket = it.next();
            try {
                if (socket.getInputStream().available() > 0) {
                    throw new IOException("answered");
                }
                socket.getOutputStream().write('[');
                socket.getOutputStream().flush();
            } catch (IOException e) {
                close(socket);
                it.remove();
                closed++;
            }
        }
        return closed;
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
