package org.ocoj.api.server;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ocoj.api.inventory.NetworkAddress;

/**
 * Read-only access to the computers the platform knows, for plugins that act on computers (Wake-on-LAN, …).
 * Obtained from {@link PluginContext#computers()}.
 *
 * <p>Each call costs one query per 500 ids, however many ids are given (no query per computer). Inside a
 * platform call it joins that call's transaction; outside one it reads committed data. May be called from
 * any thread; never writes.
 */
public interface ComputerDirectory {

    /** The computers with these ids, ordered by id; ids that do not exist are left out. */
    List<ComputerRef> find(Collection<Long> ids);

    /**
     * The stored network rows of these computers (SPEC §3.2 {@code networks}), per computer in the order its
     * agent reported them. Values are as stored — agent input, not validated: a {@code mac} may be {@code "-"},
     * empty or anything else. A computer without rows (or unknown) has no entry.
     */
    Map<Long, List<NetworkAddress>> networks(Collection<Long> computerIds);
}
