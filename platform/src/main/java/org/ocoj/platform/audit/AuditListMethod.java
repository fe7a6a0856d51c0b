package org.ocoj.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.ComputerScope;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;
import org.ocoj.platform.json.Json;

/**
 * {@code oco.audit.list}: the audit log, newest first. Filters (all optional, combined): {@code actor},
 * {@code action} (exact, or a prefix ending in {@code *}: {@code "oco.admin.*"}), {@code computer_id},
 * {@code outcome} ({@code ok}/{@code refused}), {@code since}/{@code until} ({@code YYYY-MM-DD HH:MM:SS}, server
 * time); paging by {@code limit} (1–1000, default 100) and {@code offset}. Answers {@code {"total", "entries":
 * [{"id", "at", "actor", "action", "object_ref", "detail", "remote_address", "outcome"}]}}.
 */
@ApplicationScoped
public class AuditListMethod implements ClientMethod {

    private static final int MAX_LIMIT = 1000;
    private static final String COMPUTER_REF = "computer:";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public String method() {
        return "oco.audit.list";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.AUDIT_READ);
    }

    @Override
    public Object handle(ClientCall call) {
        JsonParams data = call.data();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        data.optionalString("actor", 100).ifPresent(actor -> {
            where.append(" AND actor = ?");
            params.add(actor);
        });
        data.optionalString("action", 100).ifPresent(action -> {
            if (action.endsWith("*")) {
                where.append(" AND action LIKE ?");
                params.add(action.substring(0, action.length() - 1).replace("_", "\\_").replace("%", "\\%") + "%");
            } else {
                where.append(" AND action = ?");
                params.add(action);
            }
        });
        data.optionalLong("computer_id").ifPresent(id -> {
            where.append(" AND object_ref = ?");
            params.add(COMPUTER_REF + id);
        });
        data.optionalString("outcome", 20).ifPresent(outcome -> {
            if (!outcome.equals(AuditEntry.OK) && !outcome.equals(AuditEntry.REFUSED)) {
                throw RequestException.invalid("data.outcome must be \"ok\" or \"refused\"");
            }
            where.append(" AND outcome = ?");
            params.add(outcome);
        });
        time(data, "since").ifPresent(since -> {
            where.append(" AND at >= ?");
            params.add(since);
        });
        time(data, "until").ifPresent(until -> {
            where.append(" AND at <= ?");
            params.add(until);
        });
        long limit = data.optionalLong("limit").orElse(100L);
        long offset = data.optionalLong("offset").orElse(0L);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestException.invalid("data.limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw RequestException.invalid("data.offset must be 0 or more");
        }
        String from = scoped(call.scope(), where, params);
        Number total = (Number) Sql.rows(dataSource, "SELECT COUNT(*) AS n FROM " + from + where,
                params.toArray()).get(0).get("n");
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(limit);
        pageParams.add(offset);
        List<Map<String, Object>> entries = Sql.rows(dataSource, "SELECT id, at, actor, action, object_ref, detail, "
                + "remote_address, outcome FROM " + from + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                pageParams.toArray());
        entries.forEach(entry -> entry.put("detail", detail((String) entry.get("detail"))));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", total.longValue());
        answer.put("entries", entries);
        return answer;
    }

    /**
     * What the caller may read: every entry, or — for an account limited to computer groups — only the entries
     * about computers in its scope (entries about accounts, settings or other computers would show what lies
     * outside it).
     */
    private static String scoped(ComputerScope scope, StringBuilder where, List<Object> params) {
        if (scope.unlimited()) {
            return "audit_entry";
        }
        ComputerScope.Condition inScope = scope.where("computer_id");
        where.append(" AND ").append(inScope.sql());
        params.addAll(inScope.parameters());
        return "(SELECT a.*, CAST(SUBSTRING(a.object_ref, " + (COMPUTER_REF.length() + 1) + ") AS DECIMAL(20, 0)) "
                + "AS computer_id FROM audit_entry a WHERE a.object_ref LIKE '" + COMPUTER_REF + "%') scoped_audit";
    }

    /** Entries hold JSON written by the platform; an unreadable one is shown as its text. */
    private static Object detail(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            return text;
        }
    }

    private static Optional<LocalDateTime> time(JsonParams data, String key) {
        return data.optionalString(key, 19).map(text -> {
            try {
                return Sql.utc(text);
            } catch (DateTimeParseException e) {
                throw RequestException.invalid("data." + key + " must be a time like 2026-12-03 14:05:00");
            }
        });
    }
}
