package org.ocoj.tools.loadgen.crash;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ocoj.tools.loadgen.protocol.SimulatedAgent;

/**
 * One simulated agent and the ledger of what the server acknowledged to it (answered 200) — which must all be
 * found after any crash — and of what is in doubt (the crash came while the request was on its way: the server
 * may or may not have kept it). Used by one thread at a time.
 */
final class CrashAgent {

    enum Registration { NONE, ACKNOWLEDGED, IN_DOUBT, RETIRED }

    private static final int EVENTS_PER_BATCH = 5;
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    final SimulatedAgent agent;
    Registration registration = Registration.NONE;
    /** Inventory version the server acknowledged last (-1: none). */
    int acknowledgedVersion = -1;
    /** Inventory version sent when the crash came (-1: none in doubt). */
    int doubtfulVersion = -1;
    /** Events the server acknowledged (each stored once, whatever was resent). */
    long acknowledgedEvents;
    /** A batch sent when the crash came: resent until acknowledged (the server stores each event once). */
    List<Map<String, Object>> doubtfulBatch;
    /** Events are dated from a day before the agent's creation on (the retention job keeps 30 days). */
    private final LocalDateTime firstEventTime = LocalDateTime.now(ZoneOffset.UTC)
            .minusDays(1).withNano(0);
    private long nextEvent;
    /** Written since the last verification: verified first. */
    boolean dirty;

    CrashAgent(SimulatedAgent agent) {
        this.agent = agent;
    }

    boolean active() {
        return registration == Registration.ACKNOWLEDGED;
    }

    int nextVersion() {
        return Math.max(acknowledgedVersion, doubtfulVersion) + 1;
    }

    /** The next batch: the one in doubt again, or five new events with their own times and numbers. */
    List<Map<String, Object>> eventBatch() {
        if (doubtfulBatch != null) {
            return doubtfulBatch;
        }
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < EVENTS_PER_BATCH; i++) {
            long n = nextEvent++;
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("log", "System");
            event.put("provider", "crash-test");
            event.put("event_id", 7000 + (int) (n % 100));
            event.put("level", 4);
            event.put("timestamp", firstEventTime.plusSeconds(n).format(EVENT_TIME));
            event.put("data", Map.of("n", Long.toString(n), "host", agent.hostname()));
            batch.add(event);
        }
        return batch;
    }
}
