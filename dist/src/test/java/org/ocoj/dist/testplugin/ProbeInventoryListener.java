package org.ocoj.dist.testplugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.ocoj.api.server.InventoryListener;
import org.ocoj.api.server.InventoryUpdate;
import org.ocoj.api.server.PluginContext;
import org.pf4j.Extension;

/**
 * Derives a row of its own from each stored update that carries the delivered marker collector's custom section
 * (DeliveredCollectorsIT), as a plugin would fill its own tables from a custom section.
 */
@Extension
public class ProbeInventoryListener implements InventoryListener {

    private final PluginContext context;

    public ProbeInventoryListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public void onInventory(InventoryUpdate update) {
        if (!(update.customSections().get("it-marker.marker") instanceof Map<?, ?> marker)) {
            return;
        }
        try (Connection c = context.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO probe_inventory (hostname, changed, marker) VALUES (?, ?, ?)")) {
            s.setString(1, update.computer().hostname());
            s.setString(2, String.join(",", update.changedSections()));
            s.setString(3, String.valueOf(marker.get("name")));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("probe_inventory: " + e.getMessage(), e);
        }
    }
}
