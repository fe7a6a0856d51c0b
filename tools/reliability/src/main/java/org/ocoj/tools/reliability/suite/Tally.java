package org.ocoj.tools.reliability.suite;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The requests a scenario made and what came back: thread-safe, so load threads can count into it. A status
 * of 0 or less means no answer (timeout, reset, refused).
 */
public final class Tally {

    private final LongAdder requests = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder unanswered = new LongAdder();
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

    /** Counts one answer (or its absence); a 2xx is acknowledged. Returns the status for chaining. */
    public int count(int status) {
        return count(status, status >= 200 && status < 300);
    }

    /**
     * Counts one answer whose acknowledgement the caller decided (a JSON-RPC error travels in a 200 but
     * acknowledges nothing).
     */
    public int count(int status, boolean done) {
        requests.increment();
        if (done) {
            acknowledged.increment();
        }
        if (status >= 500) {
            serverErrors.increment();
        } else if (status <= 0) {
            unanswered.increment();
        }
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        return status;
    }

    /** Adds counts measured elsewhere (the load generator's runs). */
    public void add(long requests, long acknowledged, long serverErrors, long unanswered) {
        this.requests.add(requests);
        this.acknowledged.add(acknowledged);
        this.serverErrors.add(serverErrors);
        this.unanswered.add(unanswered);
    }

    public long requests() {
        return requests.sum();
    }

    public long acknowledged() {
        return acknowledged.sum();
    }

    public long serverErrors() {
        return serverErrors.sum();
    }

    public long unanswered() {
        return unanswered.sum();
    }

    public long status(int status) {
        LongAdder count = byStatus.get(status);
        return count == null ? 0 : count.sum();
    }

    /** e.g. {@code 200×12 401×3 500×1 none×2}. */
    public String statuses() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(byStatus).forEach((status, count) -> text.append(text.length() == 0 ? "" : " ")
                .append(status <= 0 ? "none" : status).append('×').append(count.sum()));
        return text.toString();
    }
}
