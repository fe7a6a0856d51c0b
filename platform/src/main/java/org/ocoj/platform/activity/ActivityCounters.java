package org.ocoj.platform.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/**
 * The agent requests this node answered since the activity series was last written ({@link ActivityCountsJob}):
 * counted in memory so the agent hot path adds no database work, only an uncontended increment.
 */
@ApplicationScoped
public class ActivityCounters {

    private final LongAdder checkIns = new LongAdder();
    private final LongAdder inventoryUpdates = new LongAdder();

    /** A hello was answered. */
    public void checkIn() {
        checkIns.increment();
    }

    /** An inventory update was stored. */
    public void inventoryUpdate() {
        inventoryUpdates.increment();
    }

    /** The counts so far, starting again from zero. */
    Counts take() {
        return new Counts(checkIns.sumThenReset(), inventoryUpdates.sumThenReset());
    }

    /** Counts that could not be written, kept for the next write. */
    void giveBack(Counts counts) {
        checkIns.add(counts.checkIns());
        inventoryUpdates.add(counts.inventoryUpdates());
    }

    record Counts(long checkIns, long inventoryUpdates) {
        boolean none() {
            return checkIns == 0 && inventoryUpdates == 0;
        }
    }
}
