package org.ocoj.agent.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.ocoj.agent.events.EventRules;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.agent.protocol.ProtocolException;

/**
 * The parts of a verified hello response's {@code result.params} the agent acts on (SPEC 2.2).
 *
 * @param update             the server wants an inventory now
 * @param softwareJobs       number of software jobs handed out
 * @param eventRules         the event query rules handed out (SPEC 5.1)
 * @param newAgentKey        a newly issued agent key (present and non-null, SPEC 1.8)
 * @param offeredServerKey   a server key handed out (present and non-null)
 * @param loginsSince        report logons after this; empty = the server wants none
 * @param passwordOrders     number of password rotation orders
 * @param passwordsRequested {@code update-passwords} was present, so a passwords request must follow
 */
public record HelloResponse(boolean update, int softwareJobs, List<EventQuery> eventRules, Optional<String> newAgentKey,
                            Optional<String> offeredServerKey, Optional<Instant> loginsSince, int passwordOrders,
                            boolean passwordsRequested) {

    /** {@code logins-since} when the server does not send it (SPEC 2.2). */
    static final Instant DEFAULT_LOGINS_SINCE = Instant.parse("2000-01-01T00:00:00Z");
    private static final DateTimeFormatter SERVER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static HelloResponse parse(JsonNode params) throws ProtocolException {
        JsonNode update = params.get("update");
        JsonNode jobs = params.get("software-jobs");
        if (update == null || jobs == null || !jobs.isArray()) {
            // upstream crashes with KeyError here (SPEC 8.4); we refuse the response instead
            throw new ProtocolException(ProtocolException.Kind.MALFORMED,
                    "hello: response lacks the required 'update' and 'software-jobs' fields");
        }
        JsonNode passwords = params.get("update-passwords");
        return new HelloResponse(
                update.asInt() == 1 || update.asBoolean(),
                jobs.size(),
                EventRules.parse(params.get("events")),
                text(params.get("agent-key")),
                text(params.get("server-key")),
                loginsSince(params),
                passwords != null && passwords.isArray() ? passwords.size() : 0,
                passwords != null);
    }

    /** A non-null, non-empty string value; an empty key is never a key worth storing. */
    private static Optional<String> text(JsonNode value) {
        return value == null || value.isNull() || value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<Instant> loginsSince(JsonNode params) throws ProtocolException {
        JsonNode value = params.get("logins-since");
        if (value == null) {
            return Optional.of(DEFAULT_LOGINS_SINCE);
        }
        if (value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.asText(), SERVER_TIME).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED,
                    "hello: logins-since '" + value.asText() + "' is not 'YYYY-MM-DD HH:MM:SS'", e);
        }
    }
}
