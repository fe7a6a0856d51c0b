package org.ocoj.platform.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.ocoj.platform.json.Json;

/** Appends "what changed, when" rows for a computer, one per changed section. */
public final class ChangeHistory {

    private ChangeHistory() {
    }

    /**
     * An admin's edit of the computer itself (hostname, notes) in its history, next to the inventory changes, so a
     * renamed computer's history says when and by whom.
     */
    public static void recordEdit(Connection c, long computerId, LocalDateTime now, String admin, List<String> after,
                                  List<String> before) throws SQLException {
        String section = "edited by " + admin;
        record(c, computerId, now, List.of(new SectionChange(section.length() <= 40 ? section : section.substring(0, 40),
                after, before)));
    }

    static void record(Connection c, long computerId, LocalDateTime now, List<SectionChange> changes)
            throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO computer_change (computer_id, changed_at, section, detail) VALUES (?, ?, ?, ?)")) {
            for (SectionChange change : changes) {
                s.setLong(1, computerId);
                s.setObject(2, now);
                s.setString(3, change.section());
                s.setString(4, Json.text(change.detail()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
