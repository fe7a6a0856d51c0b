package org.ocoj.api.server;

import java.util.Collection;
import java.util.LinkedHashMap;
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
     * The hostnames of these computers, by id in the order of the ids; ids that do not exist are left out. A plugin
     * keeps computer ids in its own tables and asks here for the names it shows (one query per 500 ids: ask once per
     * page, not per row). Since plugin-api 1.2.0.
     */
    default Map<Long, String> hostnames(Collection<Long> ids) {
        Map<Long, String> byId = new LinkedHashMap<>();
        find(ids).forEach(computer -> byId.put(computer.id(), computer.hostname()));
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                ordered.put(id, byId.get(id));
            }
        });
        return ordered;
    }

    /** Whether a computer with this id exists (e.g. before storing a row for it). Since plugin-api 1.2.0. */
    default boolean exists(long id) {
        return !find(List.of(id)).isEmpty();
    }

    /**
     * The stored network rows of these computers (SPEC §3.2 {@code networks}), per computer in the order its
     * agent reported them. Values are as stored — agent input, not validated: a {@code mac} may be {@code "-"},
     * empty or anything else. A computer without rows (or unknown) has no entry.
     */
    Map<Long, List<NetworkAddress>> networks(Collection<Long> computerIds);
}
