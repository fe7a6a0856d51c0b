package org.ocoj.platform.computer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.ocoj.api.server.ComputerScope;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;
import org.ocoj.platform.scope.CallerScope;

/**
 * The platform's read-only {@link ComputerDirectory} for plugins: one query per {@value #BATCH} ids; within a client
 * call, computers outside the caller's scope are left out as if they did not exist.
 */
@ApplicationScoped
public class ComputerLookup implements ComputerDirectory {

    static final int BATCH = 500;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    CallerScope caller;

    @Override
    public List<ComputerRef> find(Collection<Long> ids) {
        List<ComputerRef> found = new ArrayList<>();
        forEachRow("SELECT id, hostname FROM computer WHERE id IN (%s) AND %s", "id", ids,
                r -> found.add(new ComputerRef(r.getLong(1), r.getString(2))));
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    @Override
    public Map<Long, List<NetworkAddress>> networks(Collection<Long> computerIds) {
        Map<Long, List<NetworkAddress>> networks = new LinkedHashMap<>();
        forEachRow("SELECT computer_id, interface_name, address, netmask, broadcast, mac FROM computer_network "
                + "WHERE computer_id IN (%s) AND %s ORDER BY computer_id, nic_number, id", "computer_id", computerIds,
                r -> networks.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new NetworkAddress(
                        r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6))));
        return networks;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code sql} once per batch of ids; its first {@code %s} becomes one placeholder per id, its second the
     * caller's scope over {@code idColumn}.
     */
    private void forEachRow(String sql, String idColumn, Collection<Long> ids, RowReader reader) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        ComputerScope.Condition scope = caller.current().where(idColumn);
        for (int from = 0; from < distinct.size(); from += BATCH) {
            List<Long> batch = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
            String placeholders = String.join(", ", Collections.nCopies(batch.size(), "?"));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement(String.format(sql, placeholders, scope.sql()))) {
                for (int i = 0; i < batch.size(); i++) {
                    s.setLong(i + 1, batch.get(i));
                }
                for (int i = 0; i < scope.parameters().size(); i++) {
                    s.setObject(batch.size() + i + 1, scope.parameters().get(i));
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
