package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * One page of the computer list, searched and sorted in the database, for lists too long to ship whole (the web
 * UI with thousands of computers). Each row also says whether the computer is {@code online}: its last contact
 * is younger than the setting {@code computer.offline-seconds} (default 125 s, a little more than two check-in
 * intervals of the agent's default 60 s).
 */
@ApplicationScoped
public class ComputerPage {

    static final int MAX_LIMIT = 1000;
    private static final List<String> SORTABLE = List.of("hostname", "os", "os_version", "remote_address",
            "agent_version", "last_ping", "last_update", "created", "id");
    private static final String SEARCHED = "(hostname LIKE ? ESCAPE '!' OR os LIKE ? ESCAPE '!' "
            + "OR remote_address LIKE ? ESCAPE '!' OR serial LIKE ? ESCAPE '!' OR model LIKE ? ESCAPE '!' "
            + "OR notes LIKE ? ESCAPE '!')";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    SettingsService settings;

    /** Is this a paged request? Only then does the list take the paged shape (old callers see no change). */
    static boolean requested(JsonParams data) {
        return data.has("search") || data.has("limit") || data.has("offset") || data.has("sort");
    }

    /** {@code {"computers": [...], "total": n, "limit": l, "offset": o}}; total counts all matches. */
    Map<String, Object> page(JsonParams data) {
        String search = data.optionalString("search", 200).orElse("").trim();
        long limit = data.optionalLong("limit").orElse(50L);
        long offset = data.optionalLong("offset").orElse(0L);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestException.invalid("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw RequestException.invalid("offset cannot be negative: " + offset);
        }
        String order = orderBy(data.optionalString("sort", 50).orElse("hostname"));
        List<Object> params = new ArrayList<>();
        String where = "";
        if (!search.isEmpty()) {
            String pattern = "%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where = " WHERE " + SEARCHED;
            for (int i = 0; i < 6; i++) {
                params.add(pattern);
            }
        }
        Number total = (Number) Sql.rows(dataSource, "SELECT COUNT(*) AS n FROM computer" + where, params.toArray())
                .get(0).get("n");
        List<Object> pageParams = new ArrayList<>();
        pageParams.add(onlineSince());
        pageParams.addAll(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<Map<String, Object>> rows = Sql.rows(dataSource, "SELECT " + ComputerQueries.COMPUTER_COLUMNS
                + ", CASE WHEN last_ping >= ? THEN 1 ELSE 0 END AS online FROM computer" + where
                + " ORDER BY " + order + " LIMIT ? OFFSET ?", pageParams.toArray());
        for (Map<String, Object> row : rows) {
            boolean online = ((Number) row.remove("online")).intValue() == 1;
            ComputerQueries.shape(row, false);
            row.put("online", online);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("computers", rows);
        result.put("total", total.longValue());
        result.put("limit", limit);
        result.put("offset", offset);
        return result;
    }

    /** Counts for a dashboard: all computers, those online now, those whose agent never made contact. */
    Map<String, Object> summary() {
        Map<String, Object> row = Sql.rows(dataSource, "SELECT COUNT(*) AS total, "
                + "COALESCE(SUM(CASE WHEN last_ping >= ? THEN 1 ELSE 0 END), 0) AS online, "
                + "COALESCE(SUM(CASE WHEN last_ping IS NULL THEN 1 ELSE 0 END), 0) AS never_reported "
                + "FROM computer", onlineSince()).get(0);
        Map<String, Object> result = new LinkedHashMap<>();
        for (String key : List.of("total", "online", "never_reported")) {
            result.put(key, ((Number) row.get(key)).longValue());
        }
        result.put("online_window_seconds", onlineWindow().toSeconds());
        return result;
    }

    /**
     * Adds to one computer's "general" (as {@link ComputerQueries#general} reads it) whether it is {@code online} and
     * {@code last_contact_seconds} ago, measured by the server so the browser's clock and time zone do not matter.
     */
    void addContactState(Map<String, Object> general) {
        Object lastPing = general.get("last_ping");
        if (!(lastPing instanceof String shown)) {
            general.put("online", false);
            general.put("last_contact_seconds", null);
            return;
        }
        LocalDateTime contact = Sql.utc(shown);
        general.put("online", !contact.isBefore(onlineSince()));
        general.put("last_contact_seconds", Math.max(0, Duration.between(contact, LocalDateTime.now(clock)).toSeconds()));
    }

    private LocalDateTime onlineSince() {
        return LocalDateTime.now(clock).minus(onlineWindow());
    }

    private Duration onlineWindow() {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(settings.get(CoreSettings.OFFLINE_SECONDS.key()))));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(Long.parseLong(CoreSettings.OFFLINE_SECONDS.defaultValue()));
        }
    }

    /** "last_ping" ascending, "-last_ping" descending; only whitelisted columns reach the SQL text. */
    private static String orderBy(String sort) {
        boolean descending = sort.startsWith("-");
        String column = descending ? sort.substring(1) : sort;
        Optional<String> known = SORTABLE.stream().filter(column::equals).findFirst();
        if (known.isEmpty()) {
            throw RequestException.invalid("Unknown sort column: " + column + " (allowed: " + String.join(", ", SORTABLE)
                    + ", each optionally prefixed with -)");
        }
        String direction = descending ? " DESC" : " ASC";
        return known.get() + direction + (known.get().equals("id") ? "" : ", id" + direction);
    }
}
