package org.ocoj.platform.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ocoj.platform.db.MultiRowInsert;

/** A computer's software list as a set difference against its stored links (SPEC §3.2 "software"). */
final class SoftwareWriter {

    private static final List<String> LINK_COLUMNS = List.of("computer_id", "software_id", "installed");

    private SoftwareWriter() {
    }

    static SectionChange write(Connection c, long computerId, List<SoftwareItem> items, SoftwareCatalogue catalogue,
                               LocalDateTime now) throws SQLException {
        Map<String, Long> storedIds = new HashMap<>();
        Map<String, String> storedLabels = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.fingerprint, s.name, s.version "
                + "FROM computer_software cs JOIN software s ON s.id = cs.software_id WHERE cs.computer_id = ?")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    storedIds.put(r.getString(2), r.getLong(1));
                    storedLabels.put(r.getString(2), r.getString(3) + " " + r.getString(4));
                }
            }
        }
        List<SoftwareItem> toAdd = new ArrayList<>();
        Set<String> wanted = new HashSet<>();
        for (SoftwareItem item : items) {
            wanted.add(item.fingerprint());
            if (!storedIds.containsKey(item.fingerprint())) {
                toAdd.add(item);
            }
        }
        List<Long> toRemove = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        storedIds.forEach((fingerprint, id) -> {
            if (!wanted.contains(fingerprint)) {
                toRemove.add(id);
                removed.add(storedLabels.get(fingerprint));
            }
        });
        if (!toRemove.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM computer_software WHERE computer_id = ? AND software_id = ?")) {
                for (Long id : toRemove) {
                    s.setLong(1, computerId);
                    s.setLong(2, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        List<String> added = new ArrayList<>();
        if (!toAdd.isEmpty()) {
            Map<String, Long> catalogueIds = catalogue.ensure(toAdd);
            List<Object[]> links = new ArrayList<>(toAdd.size());
            for (SoftwareItem item : toAdd) {
                links.add(new Object[] {computerId, catalogueIds.get(item.fingerprint()), now});
                added.add(item.label());
            }
            MultiRowInsert.insert(c, "computer_software", LINK_COLUMNS, links);
        }
        return new SectionChange("software", added, removed);
    }
}
