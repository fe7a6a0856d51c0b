package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * Sees each inventory update ({@code oco.agent.update}) the platform stored, e.g. to derive a plugin's own tables
 * from a custom section ({@link org.ocoj.api.inventory.CustomSection}) without reading platform tables.
 *
 * <p>Called on the agent's request thread after the update was committed, outside any transaction, before the
 * answer is sent — once per stored update, also when nothing in it changed ({@link InventoryUpdate#changedSections()}
 * is then empty: most listeners return at once). Each statement commits by itself; several that must be atomic go
 * into {@link PluginContext#inTransaction}. Keep it short (a few indexed statements), never block on the network.
 * An exception is logged with the plugin id and the hostname; the update stays stored and the agent is answered.
 * Since plugin-api 1.1.0.
 */
public interface InventoryListener extends ExtensionPoint {

    void onInventory(InventoryUpdate update);
}
