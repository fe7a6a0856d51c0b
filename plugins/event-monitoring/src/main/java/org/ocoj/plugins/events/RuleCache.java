package org.ocoj.plugins.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules, re-read at most every few seconds: hello is the hot path, rules change rarely, and every node
 * of a cluster follows a change within {@link #MAX_AGE}. Thread-safe; a refresh race only reads twice.
 */
final class RuleCache {

    static final Duration MAX_AGE = Duration.ofSeconds(3);

    private record Snapshot(List<EventRule> rules, Instant loaded) {
    }

    private final RuleStore store;
    private final Clock clock;
    private volatile Snapshot snapshot;

    RuleCache(RuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    List<EventRule> rules() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current == null || !now.isBefore(current.loaded().plus(MAX_AGE)) || now.isBefore(current.loaded())) {
            current = new Snapshot(List.copyOf(store.all()), now);
            snapshot = current;
        }
        return current.rules();
    }
}
