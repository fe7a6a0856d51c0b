package org.ocoj.platform.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.api.server.InventoryListener;
import org.ocoj.api.server.InventoryUpdate;
import org.ocoj.platform.plugin.PluginHost;

/** Tells enabled plugins' {@link InventoryListener}s about a stored update; the caller runs it after the commit. */
@ApplicationScoped
public class InventoryListeners {

    private static final Logger LOG = Logger.getLogger(InventoryListeners.class.getName());

    @Inject
    PluginHost plugins;

    public void notify(ComputerRef computer, InventoryService.Stored stored) {
        InventoryUpdate update = new InventoryUpdate() {
            @Override
            public ComputerRef computer() {
                return computer;
            }

            @Override
            public Set<String> changedSections() {
                return stored.changedSections();
            }

            @Override
            public Map<String, Object> customSections() {
                return stored.customSections();
            }
        };
        for (PluginHost.Owned<InventoryListener> listener : plugins.extensionsWithOwner(InventoryListener.class)) {
            try {
                listener.extension().onInventory(update);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Inventory listener " + listener.extension().getClass().getName() + " of plugin "
                        + listener.pluginId() + " failed for " + computer.hostname()
                        + " (the update stays stored): " + e, e);
            }
        }
    }
}
