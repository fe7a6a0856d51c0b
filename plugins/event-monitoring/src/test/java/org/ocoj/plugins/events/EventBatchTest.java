package org.ocoj.plugins.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/** Reading an oco.agent.events batch (SPEC §2.6, §5.4): lenient where upstream agents vary, strict otherwise. */
class EventBatchTest {

    @Test
    void coercesIdsAndLevelsLikeUpstreamAgentsSendThem() {
        List<IncomingEvent> events = EventBatch.read(batch(
                event("System", 1130, 2, "2026-11-24 08:00:01"),
                event("journalctl", "", "", "2026-11-24 08:00:02"),
                event("cron.service", "3", "6", "2026-11-24 08:00:03"),
                event("System", "abc", 99999, "2026-11-24 08:00:04"),
                event("System", 4.0, "4.5", "2026-11-24 08:00:05")), 100);
        assertEquals(List.of(1130L, -1L, 3L, -1L, 4L), events.stream().map(IncomingEvent::eventId).toList());
        assertEquals(List.of(2, -1, 6, -1, -1), events.stream().map(IncomingEvent::level).toList());
        assertEquals(LocalDateTime.of(2026, 11, 24, 8, 0, 1), events.get(0).timestamp());
    }

    @Test
    void skipsEventsWithoutLogOrTimestampAsUpstreamDoes() {
        List<IncomingEvent> events = EventBatch.read(batch(
                event("", 1, 1, "2026-11-24 08:00:01"), event("System", 1, 1, ""), event("System", 1, 1, "2026-11-24 08:00:01")), 100);
        assertEquals(1, events.size());
    }

    @Test
    void refusesMalformedTimestampsNamingTheEvent() {
        for (String bad : List.of("2026-11-24T08:00:01", "2026-02-30 08:00:00", "yesterday", "2026-11-24 08:00:01.5")) {
            RequestException e = assertThrows(RequestException.class,
                    () -> EventBatch.read(batch(event("System", 1, 1, "2026-11-24 08:00:01"), event("System", 1, 1, bad)), 100));
            assertTrue(e.getMessage().contains("data.events[1].timestamp '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void refusesOverlongLogsOversizedBatchesAndNonArrays() {
        RequestException log = assertThrows(RequestException.class,
                () -> EventBatch.read(batch(event("x".repeat(201), 1, 1, "2026-11-24 08:00:01")), 100));
        assertEquals("data.events[0].log must be at most 200 characters", log.getMessage());
        List<Map<String, Object>> three = Collections.nCopies(3, event("System", 1, 1, "2026-11-24 08:00:01"));
        RequestException size = assertThrows(RequestException.class,
                () -> EventBatch.read(JsonParams.of(Map.of("events", three), "data"), 2));
        assertTrue(size.getMessage().contains("has 3 events; at most 2"), size.getMessage());
        assertThrows(RequestException.class, () -> EventBatch.read(JsonParams.of(Map.of("events", "x"), "data"), 2));
        assertThrows(RequestException.class, () -> EventBatch.read(JsonParams.of(Map.of(), "data"), 2));
    }

    @Test
    void identicalEventsHashAlikeWhateverTheKeyOrderOfTheirData() {
        Map<String, Object> a = event("System", 1, 1, "2026-11-24 08:00:01");
        a.put("data", new LinkedHashMap<>(Map.of("x", "1")));
        ((Map<String, Object>) a.get("data")).put("y", "2");
        Map<String, Object> b = event("System", "1", "1", "2026-11-24 08:00:01");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("y", "2");
        data.put("x", "1");
        b.put("data", data);
        List<IncomingEvent> events = EventBatch.read(batch(a, b), 10);
        assertEquals(events.get(0).hash(), events.get(1).hash());
        Map<String, Object> c = event("System", 1, 1, "2026-11-24 08:00:02");
        assertNotEquals(events.get(0).hash(), EventBatch.read(batch(c), 10).get(0).hash());
    }

    @SafeVarargs
    private static JsonParams batch(Map<String, Object>... events) {
        return JsonParams.of(Map.of("events", new ArrayList<Object>(List.of(events))), "data");
    }

    private static Map<String, Object> event(String log, Object eventId, Object level, String timestamp) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("log", log);
        event.put("provider", "p");
        event.put("event_id", eventId);
        event.put("level", level);
        event.put("timestamp", timestamp);
        event.put("data", Map.of("message", "m"));
        return event;
    }
}
