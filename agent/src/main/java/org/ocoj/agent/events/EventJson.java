package org.ocoj.agent.events;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ocoj.api.agent.EventRecord;

/** The wire form of an event in {@code oco.agent.events} (SPEC §5.4). */
public final class EventJson {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private EventJson() {
    }

    public static Map<String, Object> toWire(EventRecord event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("log", event.log());
        json.put("provider", event.provider());
        json.put("event_id", event.eventId());
        json.put("level", event.level());
        json.put("timestamp", event.timestamp().format(TIMESTAMP));
        json.put("data", new TreeMap<>(event.data()));
        return json;
    }
}
