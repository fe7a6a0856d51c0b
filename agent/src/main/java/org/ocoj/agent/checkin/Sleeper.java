package org.ocoj.agent.checkin;

import java.time.Duration;

/** Waits between check-ins; a test replaces it to record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());
}
