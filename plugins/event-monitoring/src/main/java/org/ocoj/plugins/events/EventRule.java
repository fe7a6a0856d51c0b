package org.ocoj.plugins.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validated event query rule.
 *
 * @param filter the parsed query of a {@code journalctl} rule; empty for Windows event log rules
 */
record EventRule(long id, String log, String query, Optional<JournalFilter> filter) {

    static final int MAX_LOG_LENGTH = 200;
    static final int MAX_QUERY_LENGTH = 10_000;

    /** Validates a rule as an admin wrote it (see {@link RuleValidation}). */
    static EventRule of(long id, String log, String query) {
        return RuleValidation.validate(id, log, query);
    }

    /** Whether an incoming event counts towards this rule's "since" (SPEC §5.1; see docs/event-monitoring.md). */
    boolean covers(IncomingEvent event) {
        return filter.map(f -> f.matches(event.log(), event.provider(), event.level(), event.message()))
                .orElseGet(() -> log.equals(event.log()));
    }

    /**
     * A rule read back from the database. Stored rules were validated on write; one that no longer passes
     * (stricter checks in a later version) is still handed out, but counts no events towards its "since".
     */
    static EventRule stored(long id, String log, String query) {
        try {
            return RuleValidation.validate(id, log, query);
        } catch (org.ocoj.api.server.RequestException e) {
            return new EventRule(id, log, query, Optional.empty());
        }
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("log", log);
        json.put("query", query);
        return json;
    }
}
