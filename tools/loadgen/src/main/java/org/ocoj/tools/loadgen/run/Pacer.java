package org.ocoj.tools.loadgen.run;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces request starts evenly to an overall rate shared by all workers (0 = no limit). A worker that falls
 * behind does not get a burst of catch-up slots: the schedule never lags more than one second behind now.
 */
final class Pacer {

    private final long intervalNanos;
    private final AtomicLong next = new AtomicLong(System.nanoTime());

    Pacer(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    void await() {
        if (intervalNanos == 0) {
            return;
        }
        long floor = System.nanoTime() - TimeUnit.SECONDS.toNanos(1);
        long slot = next.getAndAccumulate(intervalNanos, (current, step) -> Math.max(current, floor) + step);
        slot = Math.max(slot, floor);
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
