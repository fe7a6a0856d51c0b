package org.ocoj.api.agent;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One event query rule as the server hands it out in the hello response (SPEC §5.1).
 *
 * @param log       the log name: a Windows event log channel, or {@code journalctl}
 * @param query     Windows: an XML {@code QueryList} or XPath; journald: a JSON object as text (SPEC §5.3)
 * @param since     only events newer than this are wanted. A wall-clock time without zone: UTC for Windows
 *                  logs, the machine's local time for the journal (SPEC §5.3, as upstream agents do)
 * @param maxEvents the most events to return for this rule (upstream: 10 001)
 */
public record EventQuery(String log, String query, LocalDateTime since, int maxEvents) {

    public EventQuery {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(since, "since");
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be positive: " + maxEvents);
        }
    }
}
