package org.ocoj.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ocoj.api.db.Db;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerRef;

/** {@link ComputerDirectory} over the test database's real computer tables, as the platform answers it. */
final class StoredComputers implements ComputerDirectory {

    private final Db db;

    StoredComputers(Db db) {
        this.db = db;
    }

    @Override
    public List<ComputerRef> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        return db.list("SELECT id, hostname FROM computer WHERE id IN (" + placeholders(distinct) + ") ORDER BY id",
                r -> new ComputerRef(r.getLong(1), r.getString(2)), distinct.toArray());
    }

    @Override
    public Map<Long, List<NetworkAddress>> networks(Collection<Long> computerIds) {
        Map<Long, List<NetworkAddress>> networks = new LinkedHashMap<>();
        if (computerIds.isEmpty()) {
            return networks;
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(computerIds));
        db.list("SELECT computer_id, interface_name, address, netmask, broadcast, mac FROM computer_network "
                + "WHERE computer_id IN (" + placeholders(distinct) + ") ORDER BY computer_id, nic_number, id",
                r -> networks.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new NetworkAddress(
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6))),
                distinct.toArray());
        return networks;
    }

    private static String placeholders(List<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }
}
