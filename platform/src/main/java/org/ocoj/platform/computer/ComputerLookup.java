package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ocoj.api.inventory.NetworkAddress;
import org.ocoj.api.server.ComputerDirectory;
import org.ocoj.api.server.ComputerRef;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;

/** The platform's read-only {@link ComputerDirectory} for plugins: one query per {@value #BATCH} ids. */
@ApplicationScoped
public class ComputerLookup implements ComputerDirectory {

    static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<ComputerRef> find(Collection<Long> ids) {
        List<ComputerRef> found = new ArrayList<>();
        forEachRow("SELECT id, hostname FROM computer WHERE id IN (%s)", ids,
                r -> found.add(new ComputerRef(r.getLong(1), r.getString(2))));
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    @Override
    public Map<Long, List<NetworkAddress>> networks(Collection<Long> computerIds) {
        Map<Long, List<NetworkAddress>> networks = new LinkedHashMap<>();
        forEachRow("SELECT computer_id, interface_name, address, netmask, broadcast, mac FROM computer_network "
                + "WHERE computer_id IN (%s) ORDER BY computer_id, nic_number, id", computerIds,
                r -> networks.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new NetworkAddress(
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6))));
        return networks;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} once per batch of ids; its {@code %s} becomes one placeholder per id. */
    private void forEachRow(String sql, Collection<Long> ids, RowReader reader) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<Long> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            String placeholders = String.join(", ", Collections.nCopies(batch.size(), "?"));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(String.format(sql, placeholders))) {
                for (int i = 0; i < batch.size(); i++) {
                    s.setLong(i + 1, batch.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        reader.read(r);
                    }
                }
            } catch (SQLException e) {
                throw new SqlFailure("reading computers for a plugin", e);
            }
        }
    }
}
