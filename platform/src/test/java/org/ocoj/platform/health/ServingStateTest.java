package org.ocoj.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link ServingState}: the phases a node goes through, and a stop's wait for the requests in flight. */
class ServingStateTest {

    private final ServingState state = new ServingState();

    @Test
    void startsNotServingThenServesThenDrainsForGood() {
        assertEquals(ServingState.Phase.STARTING, state.phase());
        state.serving();
        assertEquals(ServingState.Phase.SERVING, state.phase());
        state.draining();
        state.serving(); // a late start-up step does not undo a stop
        assertEquals(ServingState.Phase.DRAINING, state.phase());
    }

    @Test
    void aStopWaitsUntilTheLastRequestInFlightEnds() throws Exception {
        state.requestStarted();
        state.requestStarted();
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> awaitIdle(Duration.ofSeconds(10)));
        Thread.sleep(100);
        state.requestEnded();
        Thread.sleep(100);
        assertTrue(!waiting.isDone(), "one request is still in flight");
        state.requestEnded();
        assertEquals(0, waiting.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aStopWaitsNoLongerThanItsLimit() throws Exception {
        state.requestStarted();
        long started = System.nanoTime();
        assertEquals(1, state.awaitIdle(Duration.ofMillis(200)), "still in flight when the wait ends");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(waited >= 200 && waited < 2000, waited + " ms");
    }

    private int awaitIdle(Duration limit) {
        try {
            return state.awaitIdle(limit);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
