package org.ocoj.tools.loadgen.stats;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.ocoj.tools.loadgen.protocol.AgentFailure;

/** Counters of one run: latencies of successful requests, failures by kind with one example message each. */
public final class RunStats {

    private final LatencyHistogram latency = new LatencyHistogram();
    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();
    private final Map<ErrorKind, LongAdder> byKind = new ConcurrentHashMap<>();

    public void success(long micros) {
        requests.increment();
        latency.record(micros);
    }

    public void failure(AgentFailure failure) {
        requests.increment();
        errors.computeIfAbsent(failure.label(), k -> new LongAdder()).increment();
        byKind.computeIfAbsent(failure.kind(), k -> new LongAdder()).increment();
        examples.putIfAbsent(failure.label(), failure.getMessage());
    }

    public long requests() {
        return requests.sum();
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long errors(ErrorKind kind) {
        LongAdder count = byKind.get(kind);
        return count == null ? 0 : count.sum();
    }

    /** Error count per label ({@code http 500}, {@code deadlock}, {@code timeout} …), sorted by label. */
    public Map<String, Long> errorsByLabel() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((label, count) -> sorted.put(label, count.sum()));
        return sorted;
    }

    public String example(String label) {
        return examples.get(label);
    }

    public LatencyHistogram latency() {
        return latency;
    }
}
