package org.ocoj.platform.inventory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.JsonParams;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.RowUpdate;
import org.ocoj.platform.computer.SectionHashes;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.SqlFailure;

/**
 * Stores inventory reports. Each section's content hash is compared with the stored one first, so an
 * unchanged section costs nothing; a changed one is written as a set difference and recorded in the change
 * history. Runs inside the agent request's transaction; the caller writes the computer row.
 */
@ApplicationScoped
public class InventoryService {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    SoftwareCatalogue catalogue;

    /** A hello carries the network list (SPEC §2.2); store it like the update does. */
    public SectionHashes applyNetworks(AgentView computer, JsonParams data, LocalDateTime now) {
        if (networksUnchanged(computer, data)) {
            return computer.sectionHashes();
        }
        try (Connection c = dataSource.getConnection()) {
            List<SectionChange> changes = new ArrayList<>();
            SectionHashes hashes = applyCollection(c, computer, computer.sectionHashes(),
                    CollectionSection.NETWORKS, data, changes);
            ChangeHistory.record(c, computer.id(), now, changes);
            return hashes;
        } catch (SQLException e) {
            throw new SqlFailure("storing networks of " + computer.hostname(), e);
        }
    }

    /** True if the hello carries no network list, or the one stored (same content hash): nothing to write. */
    public boolean networksUnchanged(AgentView computer, JsonParams data) {
        CollectionSection networks = CollectionSection.NETWORKS;
        return !data.has(networks.key())
                || computer.sectionHashes().same(networks.key(), Row.sectionHash(networks.rows(data)));
    }

    /** What an update stored: the sections it changed and the custom sections it carried (for InventoryListener). */
    public record Stored(Set<String> changedSections, Map<String, Object> customSections) {
    }

    /**
     * Applies a full inventory (SPEC §2.3) and puts the computer's own columns (and the new section hashes) into
     * {@code row}.
     *
     * @throws org.ocoj.api.server.RequestException for a bad custom section, before anything is written
     */
    public Stored applyUpdate(AgentView computer, JsonParams data, RowUpdate row, LocalDateTime now) {
        Map<String, Object> custom = CustomSections.parse(data);
        try (Connection c = dataSource.getConnection()) {
            List<SectionChange> changes = new ArrayList<>();
            SectionHashes hashes = applyScalars(c, computer, data, row, changes);
            for (CollectionSection section : CollectionSection.ALL) {
                hashes = applyCollection(c, computer, hashes, section, data, changes);
            }
            hashes = applySoftware(c, computer, hashes, data, now, changes);
            Optional<LocalDateTime> newestLogin = LoginWriter.write(c, computer.id(), data);
            newestLogin.filter(t -> computer.lastLogin() == null || t.isAfter(computer.lastLogin()))
                    .ifPresent(t -> row.set("last_login", t));
            Set<String> changed = new LinkedHashSet<>();
            changes.forEach(change -> changed.add(change.section()));
            changed.addAll(CustomSections.write(c, computer.id(), custom, now, changes));
            ChangeHistory.record(c, computer.id(), now, changes);
            row.set("section_hashes", hashes.format());
            return new Stored(Collections.unmodifiableSet(changed), Collections.unmodifiableMap(custom));
        } catch (SQLException e) {
            throw new SqlFailure("storing the inventory of " + computer.hostname(), e);
        }
    }

    private SectionHashes applyScalars(Connection c, AgentView computer, JsonParams data, RowUpdate row,
                                       List<SectionChange> changes) throws SQLException {
        Map<String, Object> values = ScalarSection.values(data);
        String hash = ScalarSection.hash(values);
        if (computer.sectionHashes().same(ScalarSection.KEY, hash)) {
            return computer.sectionHashes();
        }
        Map<String, Object> previous = storedScalars(c, computer.id());
        List<String> now = new ArrayList<>();
        List<String> before = new ArrayList<>();
        values.forEach((column, value) -> {
            Object old = previous.get(column);
            if (!Objects.equals(normalise(old), normalise(value))) {
                now.add(column + ": " + value);
                before.add(column + ": " + old);
            }
            row.set(column, value);
        });
        changes.add(new SectionChange(ScalarSection.KEY, now, before));
        return computer.sectionHashes().with(ScalarSection.KEY, hash);
    }

    private static Object normalise(Object value) {
        return value instanceof Number ? ((Number) value).longValue() : value;
    }

    private static Map<String, Object> storedScalars(Connection c, long computerId) throws SQLException {
        Map<String, Object> values = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + ScalarSection.columnList() + " FROM computer WHERE id = ?")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        values.put(r.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                                r.getObject(i));
                    }
                }
            }
        }
        return values;
    }

    private SectionHashes applyCollection(Connection c, AgentView computer, SectionHashes hashes,
                                          CollectionSection section, JsonParams data, List<SectionChange> changes)
            throws SQLException {
        if (!data.asMap().containsKey(section.key())) {
            return hashes; // not collected this time (e.g. the agent's collector failed): keep what is stored
        }
        List<Row> rows = section.rows(data);
        String hash = Row.sectionHash(rows);
        if (hashes.same(section.key(), hash)) {
            return hashes;
        }
        SectionChange change = CollectionWriter.write(c, computer.id(), section, rows);
        if (!change.isEmpty()) {
            changes.add(change);
        }
        return hashes.with(section.key(), hash);
    }

    private SectionHashes applySoftware(Connection c, AgentView computer, SectionHashes hashes, JsonParams data,
                                        LocalDateTime now, List<SectionChange> changes) throws SQLException {
        if (!data.asMap().containsKey("software")) {
            return hashes;
        }
        List<SoftwareItem> items = SoftwareItem.parse(data);
        String hash = Hashing.sha256(items.stream().map(SoftwareItem::fingerprint).sorted().toArray());
        if (hashes.same("software", hash)) {
            return hashes;
        }
        SectionChange change = SoftwareWriter.write(c, computer.id(), items, catalogue, now);
        if (!change.isEmpty()) {
            changes.add(change);
        }
        return hashes.with("software", hash);
    }
}
