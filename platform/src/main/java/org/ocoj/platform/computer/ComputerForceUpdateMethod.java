package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ocoj.api.server.ClientCall;
import org.ocoj.api.server.ClientMethod;
import org.ocoj.api.server.Permission;
import org.ocoj.api.server.ComputerSelection;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * {@code oco.computer.force_update}: {@code {"id": 42, "force": true}} (force defaults to true) asks the
 * agent for a full inventory at its next hello; the next update clears the flag. Instead of {@code id}, a
 * {@code computer_group_id} (with subgroups unless {@code "recursive": false}) or a {@code report_id} selects
 * many computers at once; the answer is then {@code {"computers": <count>}}.
 */
@ApplicationScoped
public class ComputerForceUpdateMethod implements ClientMethod {

    private static final int CHUNK = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    ComputerSelection selection;

    @Override
    public String method() {
        return "oco.computer.force_update";
    }

    @Override
    public Optional<Permission> permission() {
        return Optional.of(Permission.COMPUTERS_MANAGE);
    }

    @Override
    public Set<String> computerParameters() {
        return Set.of("id");
    }

    @Override
    public Object handle(ClientCall call) {
        boolean force = call.data().optionalBoolean("force").orElse(true);
        List<Long> ids = selection.select(call.data());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Sql.update(dataSource, "UPDATE computer SET force_update = ? WHERE id IN ("
                    + "?, ".repeat(chunk.size() - 1) + "?)", params(force, chunk));
        }
        if (call.data().has("id")) {
            call.audit("oco.computer.force_update", "computer:" + ids.get(0), Map.of("force", force));
            return null;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("force", force);
        detail.put("selection", call.data().has("report_id") ? "report:" + call.data().raw("report_id")
                : "computer_group:" + call.data().raw("computer_group_id"));
        detail.put("computers", ids.size());
        if (ids.size() <= 1000) { // keeps the audit entry small for huge selections
            detail.put("computer_ids", ids);
        }
        call.audit("oco.computer.force_update", String.valueOf(detail.get("selection")), detail);
        return Map.of("computers", ids.size());
    }

    private static Object[] params(boolean force, List<Long> ids) {
        Object[] params = new Object[ids.size() + 1];
        params[0] = force;
        for (int i = 0; i < ids.size(); i++) {
            params[i + 1] = ids.get(i);
        }
        return params;
    }
}
