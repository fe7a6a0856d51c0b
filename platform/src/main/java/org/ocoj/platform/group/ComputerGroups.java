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

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;

    private GroupTree tree;

    /** The tree operations on {@code computer_group}. */
    public GroupTree tree() {
        if (tree == null) {
            tree = new GroupTree(dataSource, "computer_group", "parent_computer_group_id");
        }
        return tree;
    }

    public Optional<Map<String, Object>> find(long id) {
        return tree().find(id);
    }

    /** The group, or NOT_FOUND as the client API answers an unknown group. */
    public Map<String, Object> require(long id) {
        return tree().require(id);
    }

    /** Direct children of a group, or the root-level groups for an empty parent; sorted by name. */
    public List<Map<String, Object>> children(Optional<Long> parent) {
        return tree().children(parent);
    }

    /** These groups, sorted by name, in the client API's shape. */
    public List<Map<String, Object>> all(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Sql.rows(dataSource, "SELECT id, parent_computer_group_id, name FROM computer_group WHERE id IN ("
                + "?, ".repeat(ids.size() - 1) + "?) ORDER BY name, id", ids.toArray());
    }

    /** Groups a computer is a direct member of, sorted by name (CLIENT-API §2.6). */
    public List<Map<String, Object>> ofComputer(long computerId) {
        return Sql.rows(dataSource, "SELECT g.id, g.name, g.parent_computer_group_id FROM computer_group g "
                + "JOIN computer_group_member m ON m.computer_group_id = g.id WHERE m.computer_id = ? ORDER BY g.name, g.id",
                computerId);
    }

    public long create(Optional<Long> parent, String name, String admin) {
        tree().requireUniqueName(parent, name, -1);
        return Sql.insert(dataSource, "INSERT INTO computer_group (parent_computer_group_id, name, created, created_by) "
                + "VALUES (?, ?, ?, ?)", parent.orElse(null), name, LocalDateTime.now(clock), admin);
    }

    public void rename(long id, String name) {
        tree().rename(id, name);
    }

    /** Moves a group under another (or to the root); refuses to make a group its own ancestor. */
    public void move(long id, Optional<Long> parent) {
        tree().move(id, parent);
    }

    /** The group and every group below it, the group itself first, parents before children. */
    public List<Long> subtree(long id) {
        return tree().subtree(id);
    }

    /** Deletes a subtree, children first (memberships go with the groups by cascade). */
    public void deleteSubtree(long id) {
        tree().delete(subtree(id));
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

    private long count(String sql, Object... params) {
        return ((Number) Sql.rows(dataSource, sql, params).get(0).get("n")).longValue();
    }
}
