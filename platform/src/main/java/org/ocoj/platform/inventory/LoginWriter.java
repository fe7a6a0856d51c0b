package org.ocoj.platform.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * Logins are only added, never replaced (SPEC §2.3): the agent sends those after {@code logins-since}; a
 * resent one is ignored through the unique (computer, user, console, time) index.
 */
final class LoginWriter {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LoginWriter() {
    }

    /** @return the newest logon time written, if any */
    @SuppressWarnings("unchecked")
    static Optional<LocalDateTime> write(Connection c, long computerId, JsonParams data) throws SQLException {
        List<Object> items = data.list("logins", CollectionSection.MAX_ENTRIES);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime newest = null;
        try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO computer_login "
                + "(computer_id, username, display_name, guid, console, logon_time) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Map)) {
                    throw RequestException.invalid("params.data.logins[" + i + "] must be an object");
                }
                Map<String, Object> login = (Map<String, Object>) items.get(i);
                String username = Coerce.text(login.get("username"), 200);
                if (username.isEmpty()) {
                    continue;
                }
                LocalDateTime time = parseTime(login.get("timestamp"), i);
                String guid = Coerce.nullableText(login.get("guid"), 100);
                s.setLong(1, computerId);
                s.setString(2, username);
                s.setString(3, Coerce.text(login.get("display_name"), 200));
                s.setString(4, guid == null ? null : guid.replace("{", "").replace("}", ""));
                s.setString(5, Coerce.text(login.get("console"), 100));
                s.setObject(6, time);
                s.addBatch();
                newest = newest == null || time.isAfter(newest) ? time : newest;
            }
            s.executeBatch();
        }
        return Optional.ofNullable(newest);
    }

    private static LocalDateTime parseTime(Object value, int index) {
        try {
            return LocalDateTime.parse(String.valueOf(value), FORMAT);
        } catch (DateTimeParseException e) {
            throw RequestException.invalid("params.data.logins[" + index
                    + "].timestamp must be \"YYYY-MM-DD HH:MM:SS\" (UTC)");
        }
    }
}
