package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * Told when a computer was removed ({@code oco.computer.remove}), so a plugin can forget what it kept about it
 * without reading platform tables: caches, files, rows in its own tables that do not reference {@code computer(id)}
 * (rows that do, with {@code ON DELETE CASCADE}, are already gone — see docs/plugins.md "Own tables").
 *
 * <p>Called on the request thread after the removal was committed, outside any transaction, once per removed
 * computer; the computer no longer exists in the database. Each statement commits by itself; keep it short.
 * An exception is logged with the plugin id and the hostname; the removal stands and the admin is answered.
 * Since plugin-api 1.2.0.
 */
public interface ComputerRemovalListener extends ExtensionPoint {

    /** @param computer the removed computer: its former id and hostname */
    void onComputerRemoved(ComputerRef computer);
}
