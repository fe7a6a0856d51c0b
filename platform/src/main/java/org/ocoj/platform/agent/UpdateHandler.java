package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.inventory.InventoryListeners;
import org.ocoj.platform.inventory.InventoryService;

/**
 * {@code oco.agent.update} (SPEC §2.3). Never refused for being too frequent: the hello decides whether an
 * update is wanted, and refusing one the hello asked for would make the agent skip its cycle (SPEC §8.8).
 */
@ApplicationScoped
class UpdateHandler {

    @Inject
    InventoryService inventory;
    @Inject
    InventoryListeners listeners;

    void handle(AgentContext context) {
        JsonParams data = context.request.data();
        if (data.asMap().isEmpty()) {
            throw AgentException.badRequest("Invalid JSON data: params.data with the inventory is required");
        }
        Object uid = context.request.params().get("uid");
        Heartbeat.record(context, data);
        context.row.set("uid", uid == null ? null : truncate(String.valueOf(uid), 200))
                .set("last_update", context.now)
                .set("force_update", false);
        InventoryService.Stored stored = inventory.applyUpdate(context.computer, data, context.row, context.now);
        context.afterCommit.add(() -> listeners.notify(context.computer.ref(), stored));
        context.responseParams.put("policies", Map.of());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
