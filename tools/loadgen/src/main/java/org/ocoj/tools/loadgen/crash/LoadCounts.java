package org.ocoj.tools.loadgen.crash;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ocoj.tools.loadgen.protocol.AgentFailure;
import org.ocoj.tools.loadgen.stats.ErrorKind;

/** What the load sent and what came back, over all rounds. */
final class LoadCounts {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong serverErrors = new AtomicLong();
    final AtomicLong inDoubt = new AtomicLong();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    void acknowledged() {
        requests.incrementAndGet();
        acknowledged.incrementAndGet();
    }

    /** A request without a usable answer: what it asked for is in doubt until the next check. */
    void failed(AgentFailure failure) {
        requests.incrementAndGet();
        inDoubt.incrementAndGet();
        failures.computeIfAbsent(failure.label(), label -> new AtomicLong()).incrementAndGet();
        if ((failure.kind() == ErrorKind.HTTP_STATUS && failure.label().startsWith("http 5"))
                || failure.kind() == ErrorKind.DEADLOCK) {
            serverErrors.incrementAndGet();
        }
    }

    /** Failed requests by kind since the last call, e.g. {@code {connection=12, http 503=1}}; then starts again. */
    Map<String, Long> takeFailures() {
        Map<String, Long> taken = new TreeMap<>();
        failures.forEach((label, count) -> taken.put(label, count.getAndSet(0)));
        taken.values().removeIf(count -> count == 0);
        return taken;
    }
}
