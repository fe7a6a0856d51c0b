package org.ocoj.platform.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per source address without blocking request threads: after a few failures an
 * address must wait (1 s, doubling up to 5 min) before its next attempt is even checked.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int FREE_FAILURES = 3;
    private static final long MAX_WAIT_MILLIS = 300_000;

    @Inject
    Clock clock;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long blockedUntil) {
    }

    /** @return milliseconds the address still has to wait, 0 if it may try now */
    public long waitMillis(String address) {
        Failures f = failures.get(address);
        return f == null ? 0 : Math.max(0, f.blockedUntil() - clock.millis());
    }

    public void failed(String address) {
        failures.compute(address, (a, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            long wait = count <= FREE_FAILURES ? 0
                    : Math.min(MAX_WAIT_MILLIS, 1000L << Math.min(20, count - FREE_FAILURES - 1));
            return new Failures(count, clock.millis() + wait);
        });
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a distributed attack; the delay just starts over
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }
}
