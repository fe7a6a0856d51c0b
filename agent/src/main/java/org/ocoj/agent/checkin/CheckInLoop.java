package org.ocoj.agent.checkin;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.agent.discovery.ApiEndpoint;
import org.ocoj.agent.discovery.DiscoveryException;
import org.ocoj.agent.protocol.ProtocolException;

/**
 * Runs check-ins until told to stop (SPEC 4.3). A failed cycle is one log line and a longer pause
 * (doubling from the query interval up to {@link #MAX_BACKOFF}); the loop never ends because of an
 * error. When a discovered server has not answered {@link #REDISCOVER_AFTER} times in a row, the
 * agent looks it up in DNS again.
 */
public final class CheckInLoop {
    private static final Logger LOG = Logger.getLogger(CheckInLoop.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
    static final int REDISCOVER_AFTER = 3;

    private final CheckInCycle cycle;
    private final ApiEndpoint endpoint;
    private final Duration interval;
    private final Sleeper sleeper;
    private int failures;
    private int unanswered;

    public CheckInLoop(CheckInCycle cycle, ApiEndpoint endpoint, Duration interval, Sleeper sleeper) {
        this.cycle = cycle;
        this.endpoint = endpoint;
        this.interval = interval;
        this.sleeper = sleeper;
    }

    /**
     * Check-in, pause, repeat while {@code keepRunning} says so (checked before each cycle).
     *
     * @param forceUpdate ask for an inventory update in the first successful hello
     */
    public void run(boolean forceUpdate, BooleanSupplier keepRunning) throws InterruptedException {
        boolean force = forceUpdate;
        while (keepRunning.getAsBoolean()) {
            if (runOnce(force)) {
                force = false;
            }
            sleeper.sleep(nextPause());
        }
    }

    /** One cycle with error handling; true if it succeeded. */
    public boolean runOnce(boolean forceUpdate) {
        try {
            CheckInCycle.CycleReport report = cycle.run(forceUpdate);
            LOG.fine(() -> "check-in done: " + report);
            failures = 0;
            unanswered = 0;
            return true;
        } catch (ProtocolException e) {
            failed("check-in failed: " + e.getMessage());
            if (e.kind() == ProtocolException.Kind.UNREACHABLE) {
                unanswered++;
                rediscoverIfDue();
            } else {
                unanswered = 0;
            }
        } catch (DiscoveryException e) {
            failed("check-in failed: " + e.getMessage());
        } catch (RuntimeException e) {
            // a bug, not bad input: keep the stack trace, keep the agent alive
            failures++;
            LOG.log(Level.SEVERE, "check-in failed with an unexpected error; retrying in " + nextPause().toSeconds() + " s", e);
        }
        return false;
    }

    private void failed(String message) {
        failures++;
        LOG.warning(message + "; retrying in " + nextPause().toSeconds() + " s");
    }

    private void rediscoverIfDue() {
        if (unanswered < REDISCOVER_AFTER || !endpoint.isDiscovered()) {
            return;
        }
        unanswered = 0;
        try {
            LOG.info("server did not answer " + REDISCOVER_AFTER + " times; looking it up in DNS again");
            endpoint.rediscover();
        } catch (DiscoveryException e) {
            LOG.warning("re-discovery failed, keeping the current API URL: " + e.getMessage());
        }
    }

    /** The query interval after success; after n failures in a row interval·2ⁿ, capped. */
    Duration nextPause() {
        if (failures == 0) {
            return interval;
        }
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration pause = interval.multipliedBy(1L << Math.min(failures, 20));
        return pause.compareTo(cap) > 0 ? cap : pause;
    }
}
