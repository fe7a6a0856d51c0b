package org.ocoj.platform.group;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.DatabaseDefinition;
import org.ocoj.platform.db.Sql;

/**
 * The computer group tree and its memberships: all SQL of the feature. Groups come out in the client API's
 * shape ({@code id}, {@code parent_computer_group_id}, {@code name}; CLIENT-API §2.3).
 */
@ApplicationScoped
public class ComputerGroups {

    static final int MAX_NAME = 200;
    private static final String COLUMNS = "SELECT id, parent_computer_group_id, name FROM computer_group ";

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    public Optional<Map<String, Object>> find(long id) {
        return Sql.rows(dataSource, COLUMNS + "WHERE id = ?", id).stream().findFirst();
    }

    /** The group, or NOT_FOUND as the client API answers an unknown group. */
    public Map<String, Object> require(long id) {
        return find(id).orElseThrow(() -> RequestException.notFound("Not found"));
    }

    /** Direct children of a group, or the root-level groups for an empty parent; sorted by name. */
    public List<Map<String, Object>> children(Optional<Long> parent) {
        return parent.isPresent()
                ? Sql.rows(dataSource, COLUMNS + "WHERE parent_computer_group_id = ? ORDER BY name, id", parent.get())
                : Sql.rows(dataSource, COLUMNS + "WHERE parent_computer_group_id IS NULL ORDER BY name, id");
    }

    /** Groups a computer is a direct member of, sorted by name (CLIENT-API §2.6). */
    public List<Map<String, Object>> ofComputer(long computerId) {
        return Sql.rows(dataSource, "SELECT g.id, g.name, g.parent_computer_group_id FROM computer_group g "
                + "JOIN computer_group_member m ON m.computer_group_id = g.id WHERE m.computer_id = ? ORDER BY g.name, g.id",
                computerId);
    }

    public long create(Optional<Long> parent, String name, String admin) {
        requireUniqueName(parent, name, -1);
        return Sql.insert(dataSource, "INSERT INTO computer_group (parent_computer_group_id, name, created, created_by) "
                + "VALUES (?, ?, ?, ?)", parent.orElse(null), name, LocalDateTime.now(clock), admin);
    }

    public void rename(long id, String name) {
        requireUniqueName(parentOf(require(id)), name, id);
        Sql.update(dataSource, "UPDATE computer_group SET name = ? WHERE id = ?", name, id);
    }

    /** Moves a group under another (or to the root); refuses to make a group its own ancestor. */
    public void move(long id, Optional<Long> parent) {
        Map<String, Object> group = require(id);
        if (parent.isPresent()) {
            require(parent.get());
            for (Long ancestor = parent.get(); ancestor != null; ancestor = parentOf(require(ancestor)).orElse(null)) {
                if (ancestor == id) {
                    throw RequestException.invalid("A group cannot be moved into itself or one of its subgroups");
                }
            }
        }
        requireUniqueName(parent, (String) group.get("name"), id);
        Sql.update(dataSource, "UPDATE computer_group SET parent_computer_group_id = ? WHERE id = ?", parent.orElse(null), id);
    }

    /** The group and every group below it, the group itself first, parents before children. */
    public List<Long> subtree(long id) {
        List<Long> ids = new ArrayList<>(List.of(id));
        for (int i = 0; i < ids.size(); i++) {
            for (Map<String, Object> child : Sql.rows(dataSource,
                    "SELECT id FROM computer_group WHERE parent_computer_group_id = ?", ids.get(i))) {
                ids.add(((Number) child.get("id")).longValue());
            }
        }
        return ids;
    }

    /** Deletes a subtree, children first (memberships go with the groups by cascade). */
    public void deleteSubtree(long id) {
        List<Long> ids = subtree(id);
        for (int i = ids.size() - 1; i >= 0; i--) {
            Sql.update(dataSource, "DELETE FROM computer_group WHERE id = ?", ids.get(i));
        }
    }

    public long memberCount(long id) {
        return count("SELECT COUNT(*) AS n FROM computer_group_member WHERE computer_group_id = ?", id);
    }

    /** Sorted ids of the computers in the given groups. */
    public List<Long> members(List<Long> groupIds) {
        List<Long> ids = new ArrayList<>();
        String in = "?, ".repeat(groupIds.size() - 1) + "?";
        for (Map<String, Object> row : Sql.rows(dataSource, "SELECT DISTINCT computer_id FROM computer_group_member "
                + "WHERE computer_group_id IN (" + in + ") ORDER BY computer_id", groupIds.toArray())) {
            ids.add(((Number) row.get("computer_id")).longValue());
        }
        return ids;
    }

    /** The computer's hostname, or NOT_FOUND. */
    public String requireComputer(long computerId) {
        return Sql.rows(dataSource, "SELECT hostname FROM computer WHERE id = ?", computerId).stream()
                .map(row -> (String) row.get("hostname")).findFirst()
                .orElseThrow(() -> RequestException.notFound("Not found"));
    }

    public boolean isMember(long groupId, long computerId) {
        return count("SELECT COUNT(*) AS n FROM computer_group_member WHERE computer_group_id = ? AND computer_id = ?",
                groupId, computerId) > 0;
    }

    public void addMember(long groupId, long computerId) {
        Sql.update(dataSource, "INSERT INTO computer_group_member (computer_group_id, computer_id) VALUES (?, ?)",
                groupId, computerId);
    }

    public boolean removeMember(long groupId, long computerId) {
        return Sql.update(dataSource, "DELETE FROM computer_group_member WHERE computer_group_id = ? AND computer_id = ?",
                groupId, computerId) > 0;
    }

    private void requireUniqueName(Optional<Long> parent, String name, long except) {
        long same = parent.isPresent()
                ? count("SELECT COUNT(*) AS n FROM computer_group WHERE parent_computer_group_id = ? AND name = ? AND id <> ?",
                        parent.get(), name, except)
                : count("SELECT COUNT(*) AS n FROM computer_group WHERE parent_computer_group_id IS NULL AND name = ? "
                        + "AND id <> ?", name, except);
        if (same > 0) {
            throw RequestException.invalid("A group named \"" + name + "\" already exists there");
        }
    }

    static Optional<Long> parentOf(Map<String, Object> group) {
        Object parent = group.get("parent_computer_group_id");
        return parent == null ? Optional.empty() : Optional.of(((Number) parent).longValue());
    }

    private long count(String sql, Object... params) {
        return ((Number) Sql.rows(dataSource, sql, params).get(0).get("n")).longValue();
    }
}
