package org.ocoj.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ocoj.platform.time.MovableClock;

/**
 * {@link CachedCheck}: one probe per second however many callers, none waits behind a hanging probe longer than
 * the wait limit, and a hanging dependency reads as DOWN.
 */
class CachedCheckTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final MovableClock clock = new MovableClock();
    private final AtomicInteger probes = new AtomicInteger();
    private final AtomicReference<Optional<String>> answer = new AtomicReference<>(Optional.empty());

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private CachedCheck check(CountDownLatch release) {
        return new CachedCheck(() -> {
            probes.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer.get();
        }, executor, clock, Duration.ofSeconds(1), Duration.ofMillis(200));
    }

    @Test
    void probesAtMostOncePerMaxAge() {
        CachedCheck check = check(new CountDownLatch(0));
        for (int i = 0; i < 50; i++) {
            assertTrue(check.current().healthy());
        }
        assertEquals(1, probes.get());
        answer.set(Optional.of("database gone"));
        clock.advance(999);
        assertTrue(check.current().healthy(), "still the cached answer");
        clock.advance(1);
        assertEquals(Optional.of("database gone"), check.current().problem());
        assertEquals(2, probes.get());
    }

    @Test
    void aHangingProbeIsDownAfterTheWaitLimitAndCallersDoNotPileUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CachedCheck check = check(release);
        CachedCheck.Outcome first = check.current();
        assertFalse(first.healthy());
        assertEquals(Optional.of("no answer within 200 ms"), first.problem());
        clock.advance(5000);
        for (int i = 0; i < 20; i++) {
            assertFalse(check.current().healthy(), "the last answer while the probe still hangs");
        }
        assertEquals(1, probes.get(), "one probe in flight, not one per caller");

        release.countDown();
        while (!check.current().healthy()) { // the finished probe's answer replaces the timeout
            Thread.sleep(10);
        }
        assertEquals(1, probes.get());
    }
}
