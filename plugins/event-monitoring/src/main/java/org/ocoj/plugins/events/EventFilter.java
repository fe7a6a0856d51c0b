package org.ocoj.plugins.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * The criteria of {@code oco.event.list}: every one optional, combined with AND; paged with limit/offset.
 * {@code hostname} matches computers whose name contains it.
 * The SQL is built from fixed fragments only; values are always bound parameters. Only events of computers in the
 * caller's scope are found.
 */
record EventFilter(Optional<Long> computerId, Optional<String> hostname, Optional<LocalDateTime> from,
                   Optional<LocalDateTime> to, Optional<Integer> level, Optional<String> log, int limit, long offset,
                   ComputerScope scope) {

    /** Longest hostname text to search for (the computer table's column). */
    static final int MAX_HOSTNAME = 200;

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    static EventFilter from(JsonParams data, ComputerScope scope) {
        long limit = data.optionalLong("limit").orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        long offset = data.optionalLong("offset").orElse(0L);
        if (offset < 0) {
            throw RequestException.invalid("offset cannot be negative");
        }
        Optional<Integer> level = data.optionalLong("level").map(value -> {
            if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
                throw RequestException.invalid("level is out of range");
            }
            return value.intValue();
        });
        Optional<String> hostname = data.optionalString("hostname", MAX_HOSTNAME).map(String::trim)
                .filter(s -> !s.isEmpty());
        return new EventFilter(data.optionalLong("computer_id"), hostname, time(data, "from"), time(data, "to"), level,
                data.optionalString("log", EventRule.MAX_LOG_LENGTH).filter(s -> !s.isEmpty()), (int) limit, offset,
                scope);
    }

    private static Optional<LocalDateTime> time(JsonParams data, String key) {
        return data.optionalString(key, 19).filter(s -> !s.isEmpty()).map(text -> {
            try {
                return LocalDateTime.parse(text, EventBatch.TIMESTAMP);
            } catch (DateTimeParseException e) {
                throw RequestException.invalid(key + " '" + text + "' is not a time in the form YYYY-MM-DD HH:MM:SS");
            }
        });
    }

    String whereClause() {
        List<String> conditions = new ArrayList<>();
        computerId.ifPresent(v -> conditions.add("computer_id = ?"));
        hostname.ifPresent(v -> conditions.add("computer_id IN (SELECT id FROM computer WHERE hostname LIKE ? ESCAPE '!')"));
        from.ifPresent(v -> conditions.add("event_time >= ?"));
        to.ifPresent(v -> conditions.add("event_time <= ?"));
        level.ifPresent(v -> conditions.add("level_no = ?"));
        log.ifPresent(v -> conditions.add("log_name = ?"));
        if (!scope.unlimited()) {
            conditions.add(scope.where("computer_id").sql());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the criteria in the order of {@link #whereClause()}; returns the next parameter index. */
    int bind(PreparedStatement s) throws SQLException {
        int i = 1;
        if (computerId.isPresent()) {
            s.setLong(i++, computerId.get());
        }
        if (hostname.isPresent()) { // a part of the name: % and _ are plain characters
            s.setString(i++, "%" + hostname.get().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (from.isPresent()) {
            s.setObject(i++, from.get());
        }
        if (to.isPresent()) {
            s.setObject(i++, to.get());
        }
        if (level.isPresent()) {
            s.setInt(i++, level.get());
        }
        if (log.isPresent()) {
            s.setString(i++, log.get());
        }
        if (!scope.unlimited()) {
            for (Object value : scope.where("computer_id").parameters()) {
                s.setObject(i++, value);
            }
        }
        return i;
    }
}
