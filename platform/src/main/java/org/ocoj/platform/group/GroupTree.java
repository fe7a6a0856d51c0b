package org.ocoj.platform.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.Sql;

/**
 * A tree of named groups in one table with a nullable parent column: computer groups and report groups.
 * Rows come out as {@code id}, the parent column, {@code name}. Table and column names are constants of the
 * callers, never input.
 */
public final class GroupTree {

    private final DataSource dataSource;
    private final String table;
    private final String parentColumn;
    private final String columns;

    public GroupTree(DataSource dataSource, String table, String parentColumn) {
        this.dataSource = dataSource;
        this.table = table;
        this.parentColumn = parentColumn;
        this.columns = "SELECT id, " + parentColumn + ", name FROM " + table + " ";
    }

    public Optional<Map<String, Object>> find(long id) {
        return Sql.rows(dataSource, columns + "WHERE id = ?", id).stream().findFirst();
    }

    /** The group, or NOT_FOUND as the client API answers an unknown group. */
    public Map<String, Object> require(long id) {
        return find(id).orElseThrow(() -> RequestException.notFound("Not found"));
    }

    /** Direct children of a group, or the root-level groups for an empty parent; sorted by name. */
    public List<Map<String, Object>> children(Optional<Long> parent) {
        return parent.isPresent()
                ? Sql.rows(dataSource, columns + "WHERE " + parentColumn + " = ? ORDER BY name, id", parent.get())
                : Sql.rows(dataSource, columns + "WHERE " + parentColumn + " IS NULL ORDER BY name, id");
    }

    public void rename(long id, String name) {
        requireUniqueName(parentOf(require(id)), name, id);
        Sql.update(dataSource, "UPDATE " + table + " SET name = ? WHERE id = ?", name, id);
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
        Sql.update(dataSource, "UPDATE " + table + " SET " + parentColumn + " = ? WHERE id = ?", parent.orElse(null), id);
    }

    /** The group and every group below it, the group itself first, parents before children. */
    public List<Long> subtree(long id) {
        List<Long> ids = new ArrayList<>(List.of(id));
        for (int i = 0; i < ids.size(); i++) {
            for (Map<String, Object> child : Sql.rows(dataSource,
                    "SELECT id FROM " + table + " WHERE " + parentColumn + " = ?", ids.get(i))) {
                ids.add(((Number) child.get("id")).longValue());
            }
        }
        return ids;
    }

    /** Deletes the given groups of a {@link #subtree(long)}, children first. */
    public void delete(List<Long> subtree) {
        for (int i = subtree.size() - 1; i >= 0; i--) {
            Sql.update(dataSource, "DELETE FROM " + table + " WHERE id = ?", subtree.get(i));
        }
    }

    /**
     * Refuses to remove a group holding items or subgroups unless forced, e.g. "The group "Office" is not
     * empty (3 computer(s), 1 subgroup(s)); remove it with "force": true".
     */
    public static void requireEmptyOrForced(boolean force, String noun, Object name, long items, String itemNoun,
                                            List<Long> subtree) {
        if (!force && (items > 0 || subtree.size() > 1)) {
            throw RequestException.invalid("The " + noun + " \"" + name + "\" is not empty (" + items + " " + itemNoun
                    + "(s), " + (subtree.size() - 1) + " subgroup(s)); remove it with \"force\": true");
        }
    }

    /** Names are unique among the children of one parent. */
    public void requireUniqueName(Optional<Long> parent, String name, long except) {
        List<Map<String, Object>> same = parent.isPresent()
                ? Sql.rows(dataSource, "SELECT id FROM " + table + " WHERE " + parentColumn + " = ? AND name = ? "
                        + "AND id <> ?", parent.get(), name, except)
                : Sql.rows(dataSource, "SELECT id FROM " + table + " WHERE " + parentColumn + " IS NULL AND name = ? "
                        + "AND id <> ?", name, except);
        if (!same.isEmpty()) {
            throw RequestException.invalid("A group named \"" + name + "\" already exists there");
        }
    }

    /** The parent id of a group row, empty at the root level. */
    public Optional<Long> parentOf(Map<String, Object> group) {
        Object parent = group.get(parentColumn);
        return parent == null ? Optional.empty() : Optional.of(((Number) parent).longValue());
    }
}
