package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.csv.Csv;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.scope.CallerScope;
import org.ocoj.platform.settings.CoreSettings;
import org.ocoj.platform.settings.SettingsService;

/**
 * One page of the computer list (within the caller's computer scope), searched and sorted in the database, for lists too long to ship whole (the web
 * UI with thousands of computers). Each row also says whether the computer is {@code online}: its last contact
 * is younger than the setting {@code computer.offline-seconds} (default 125 s, a little more than two check-in
 * intervals of the agent's default 60 s).
 */
@ApplicationScoped
@SuppressWarnings("unchecked") // the rows' address and MAC lists, made here
public class ComputerPage {

    static final int MAX_LIMIT = 1000;
    static final int CSV_MAX = 100_000;
    private static final int NETWORK_CHUNK = 1000;
    /** What a CSV of the computer list may show: computer fields and the reported networks, never keys. */
    static final List<String> CSV_COLUMNS = List.of("id", "hostname", "os", "os_version", "kernel_version",
            "architecture", "cpu", "gpu", "ram", "agent_version", "remote_address", "addresses", "macs", "serial",
            "manufacturer", "model", "bios_version", "domain", "uptime", "boot_type", "secure_boot", "online",
            "last_ping", "last_update", "created", "notes");
    static final List<String> DEFAULT_CSV_COLUMNS = List.of("hostname", "os", "os_version", "addresses", "macs", "ram",
            "agent_version", "last_ping", "last_update");
    /** The most common OS versions the summary lists (the dashboard's distribution). */
    private static final int OS_SHOWN = 8;
    private static final List<String> SORTABLE = List.of("hostname", "os", "os_version", "remote_address", "ram",
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
    @Inject
    CallerScope caller;

    /** Is this a paged request? Only then does the list take the paged shape (old callers see no change). */
    static boolean requested(JsonParams data) {
        return data.has("search") || data.has("limit") || data.has("offset") || data.has("sort")
                || data.has("format");
    }

    /**
     * {@code {"computers": [...], "total": n, "limit": l, "offset": o}}; total counts all matches. Each row has the
     * computer's reported {@code addresses} and {@code macs} too. With {@code "format": "csv"}: {@code {"csv": …}}
     * of every match (at most {@value #CSV_MAX}) in the order asked, with the {@code columns} asked for.
     */
    Map<String, Object> page(JsonParams data) {
        String search = data.optionalString("search", 200).orElse("").trim();
        boolean csv = csvRequested(data);
        long limit = data.optionalLong("limit").orElse(csv ? CSV_MAX : 50L);
        long offset = data.optionalLong("offset").orElse(0L);
        long maxLimit = csv ? CSV_MAX : MAX_LIMIT;
        if (limit < 1 || limit > maxLimit) {
            throw RequestException.invalid("limit must be between 1 and " + maxLimit + ": " + limit);
        }
        if (offset < 0) {
            throw RequestException.invalid("offset cannot be negative: " + offset);
        }
        List<String> columns = csv ? csvColumns(data) : List.of();
        String order = orderBy(data.optionalString("sort", 50).orElse("hostname"));
        ComputerScope.Condition scope = caller.current().where("id");
        List<Object> params = new ArrayList<>(scope.parameters());
        String where = " WHERE " + scope.sql();
        if (!search.isEmpty()) {
            String pattern = "%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where += " AND " + SEARCHED;
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
        addNetworks(rows);
        Map<String, Object> result = new LinkedHashMap<>();
        if (csv) {
            rows.forEach(row -> {
                row.put("addresses", String.join(" ", (List<String>) row.get("addresses")));
                row.put("macs", String.join(" ", (List<String>) row.get("macs")));
            });
            result.put("csv", Csv.write(columns, rows));
            result.put("total", total.longValue());
            return result;
        }
        result.put("computers", rows);
        result.put("total", total.longValue());
        result.put("limit", limit);
        result.put("offset", offset);
        return result;
    }

    static boolean csvRequested(JsonParams data) {
        String format = data.optionalString("format", 10).orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw RequestException.invalid("format must be json or csv: " + format);
        }
        return format.equals("csv");
    }

    /** The CSV's columns: only names from {@link #CSV_COLUMNS} (never keys or passwords), in the order given. */
    private static List<String> csvColumns(JsonParams data) {
        if (!data.has("columns")) {
            return DEFAULT_CSV_COLUMNS;
        }
        List<String> columns = new ArrayList<>();
        for (Object column : data.list("columns", CSV_COLUMNS.size())) {
            if (!(column instanceof String name) || !CSV_COLUMNS.contains(name)) {
                throw RequestException.invalid("columns: unknown column " + column + " (known: "
                        + String.join(", ", CSV_COLUMNS) + ")");
            }
            if (!columns.contains(name)) {
                columns.add(name);
            }
        }
        if (columns.isEmpty()) {
            throw RequestException.invalid("columns cannot be empty");
        }
        return columns;
    }

    /** Each row's reported addresses and MACs, in interface order; one query per 1000 computers. */
    private void addNetworks(List<Map<String, Object>> rows) {
        Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            row.put("addresses", new ArrayList<String>());
            row.put("macs", new ArrayList<String>());
            byId.put(((Number) row.get("id")).longValue(), row);
        }
        List<Long> ids = new ArrayList<>(byId.keySet());
        for (int from = 0; from < ids.size(); from += NETWORK_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + NETWORK_CHUNK));
            for (Map<String, Object> network : Sql.rows(dataSource, "SELECT computer_id, address, mac "
                    + "FROM computer_network WHERE computer_id IN (" + String.join(",", Collections.nCopies(
                    chunk.size(), "?")) + ") ORDER BY computer_id, nic_number, id", chunk.toArray())) {
                Map<String, Object> row = byId.get(((Number) network.get("computer_id")).longValue());
                addReported((List<String>) row.get("addresses"), network.get("address"));
                addReported((List<String>) row.get("macs"), network.get("mac"));
            }
        }
    }

    private static void addReported(List<String> values, Object value) {
        if (value instanceof String text && !text.isBlank() && !text.equals("-") && !text.equals("?")
                && !values.contains(text)) {
            values.add(text);
        }
    }

    /** Counts for a dashboard: all computers, those online now, those whose agent never made contact. */
    public Map<String, Object> summary() {
        ComputerScope.Condition scope = caller.current().where("id");
        List<Object> params = new ArrayList<>(List.of(onlineSince()));
        params.addAll(scope.parameters());
        Map<String, Object> row = Sql.rows(dataSource, "SELECT COUNT(*) AS total, "
                + "COALESCE(SUM(CASE WHEN last_ping >= ? THEN 1 ELSE 0 END), 0) AS online, "
                + "COALESCE(SUM(CASE WHEN last_ping IS NULL THEN 1 ELSE 0 END), 0) AS never_reported "
                + "FROM computer WHERE " + scope.sql(), params.toArray()).get(0);
        Map<String, Object> result = new LinkedHashMap<>();
        for (String key : List.of("total", "online", "never_reported")) {
            result.put(key, ((Number) row.get(key)).longValue());
        }
        result.put("online_window_seconds", onlineWindow().toSeconds());
        return result;
    }

    /** The most common OS versions of the caller's computers that reported: {@code [{os, os_version, computers}]}. */
    List<Map<String, Object>> osDistribution() {
        ComputerScope.Condition scope = caller.current().where("id");
        return Sql.rows(dataSource, "SELECT os, os_version, COUNT(*) AS computers FROM computer "
                + "WHERE last_ping IS NOT NULL AND " + scope.sql() + " GROUP BY os, os_version "
                + "ORDER BY computers DESC, os, os_version LIMIT " + OS_SHOWN, scope.parameters().toArray());
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
