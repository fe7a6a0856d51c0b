package org.ocoj.tools.reliability.scenarios;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;
import org.ocoj.tools.reliability.agents.Fleet;
import org.ocoj.tools.reliability.http.Answer;
import org.ocoj.tools.reliability.http.Liveness;
import org.ocoj.tools.reliability.http.Web;
import org.ocoj.tools.reliability.suite.Tally;
import org.ocoj.tools.reliability.target.Target;

/**
 * What people see while a dependency is down: three threads ask, once a second each, an agent hello, the client
 * API and {@code /health/ready}, and record when each request started, how long it took and what it got. The
 * scenario then judges the outage window and the recovery from these records.
 */
final class OutageProbes implements AutoCloseable {

    static final String HELLO = "agent hello";
    static final String CLIENT_API = "client API";
    static final String READY = "GET /health/ready";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** One probe request: start and duration in ms since the probes began, its status and whether the body was JSON. */
    record Sample(String kind, long startMillis, long millis, int status, boolean json, String body) {
    }

    private final long origin = System.nanoTime();
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final Tally tally;
    private volatile boolean running = true;

    OutageProbes(Target target, Fleet fleet, Tally tally) throws AgentFailure {
        this.tally = tally;
        Web web = new Web(target.url());
        SimulatedAgent agent = fleet.registered(1).get(0);
        String info = target.clientApi().request("oco.computer.list", Map.of()).toString();
        start(HELLO, () -> {
            try {
                fleet.hello(agent);
                return new Answer(200, Map.of(), "{}", null);
            } catch (AgentFailure e) {
                int status = e.label().startsWith("http ") ? Integer.parseInt(e.label().substring(5)) : 0;
                return new Answer(status, Map.of(), e.getMessage(), null);
            }
        });
        start(CLIENT_API, () -> web.post("/api-client.php", "application/json", info.getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", Liveness.basic(target)), TIMEOUT));
        start(READY, () -> web.get("/health/ready", TIMEOUT));
    }

    private void start(String kind, Supplier<Answer> request) {
        Thread thread = new Thread(() -> {
            while (running) {
                long start = System.nanoTime();
                Answer answer = request.get();
                long took = (System.nanoTime() - start) / 1_000_000;
                tally.count(answer.status(), answer.status() == 200);
                String body = answer.body() == null ? "" : answer.body().trim();
                samples.add(new Sample(kind, (start - origin) / 1_000_000, took, answer.status(),
                        body.startsWith("{") || body.startsWith("["), body.length() > 200 ? body.substring(0, 200) : body));
                sleep(Math.max(0, 1000 - took));
            }
        }, "outage-probe-" + kind);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    /** Milliseconds since the probes began: mark the outage's start and end with it. */
    long now() {
        return (System.nanoTime() - origin) / 1_000_000;
    }

    /** The samples of {@code kind} that started within [from, to) ms. */
    List<Sample> started(String kind, long from, long to) {
        return samples.stream().filter(s -> s.kind().equals(kind) && s.startMillis() >= from && s.startMillis() < to)
                .toList();
    }

    /** Every sample that started within [from, to) ms. */
    List<Sample> started(long from, long to) {
        return samples.stream().filter(s -> s.startMillis() >= from && s.startMillis() < to).toList();
    }

    /**
     * Waits until a hello and a client API call that started after {@code since} have both succeeded.
     * @return ms from {@code since} until the later of the two finished, or -1 if not within {@code limit}
     */
    long awaitRecovery(long since, Duration limit) {
        while (now() < since + limit.toMillis()) {
            long hello = firstSuccessEnd(HELLO, since);
            long api = firstSuccessEnd(CLIENT_API, since);
            if (hello >= 0 && api >= 0) {
                return Math.max(hello, api) - since;
            }
            sleep(200);
        }
        return -1;
    }

    private long firstSuccessEnd(String kind, long since) {
        return samples.stream().filter(s -> s.kind().equals(kind) && s.startMillis() >= since && s.status() == 200)
                .mapToLong(s -> s.startMillis() + s.millis()).min().orElse(-1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        threads.forEach(Thread::interrupt);
    }
}
