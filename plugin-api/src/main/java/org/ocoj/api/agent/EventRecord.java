package org.ocoj.api.agent;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * One event as sent in {@code oco.agent.events} (SPEC §5.4).
 *
 * @param log       Windows: the rule's log name; journal: {@code _SYSTEMD_UNIT}, else {@code journalctl}
 * @param provider  Windows: the provider name; journal: {@code SYSLOG_IDENTIFIER} or {@code ""}
 * @param eventId   Windows: the event id; journal: {@code SYSLOG_FACILITY} or {@code ""}
 * @param level     Windows: the level; journal: {@code PRIORITY} or {@code ""}
 * @param timestamp when it happened, seconds precision (UTC on Windows, local time for the journal)
 * @param data      Windows: EventData name → value; journal: {@code {"message": …}}
 */
public record EventRecord(String log, String provider, String eventId, String level, LocalDateTime timestamp,
                          Map<String, String> data) {

    public EventRecord {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(timestamp, "timestamp");
        data = Map.copyOf(data);
    }
}
