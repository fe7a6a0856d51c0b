package org.ocoj.agent.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.ocoj.api.agent.EventQuery;

/** Reads {@code result.params.events} of a hello response (SPEC §5.1); a malformed rule is logged and skipped. */
public final class EventRules {
    private static final Logger LOG = Logger.getLogger(EventRules.class.getName());

    /** Upstream agents return at most this many events per rule (SPEC §5.2, §5.3). */
    public static final int MAX_EVENTS_PER_RULE = 10_001;

    private EventRules() {
    }

    public static List<EventQuery> parse(JsonNode events) {
        List<EventQuery> rules = new ArrayList<>();
        if (events == null || !events.isArray()) {
            return rules;
        }
        for (JsonNode rule : events) {
            String log = rule.path("log").asText("");
            String query = rule.path("query").asText("");
            String since = rule.path("since").asText("");
            try {
                rules.add(new EventQuery(log, query, LocalDateTime.parse(since, EventJson.TIMESTAMP), MAX_EVENTS_PER_RULE));
            } catch (DateTimeParseException e) {
                LOG.warning("event rule for log '" + log + "' skipped: since '" + since + "' is not 'YYYY-MM-DD HH:MM:SS'");
            }
        }
        return rules;
    }
}
