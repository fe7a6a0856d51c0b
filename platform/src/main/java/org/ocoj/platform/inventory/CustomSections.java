package org.ocoj.platform.inventory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ocoj.api.inventory.CustomSection;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.db.MultiRowInsert;
import org.ocoj.platform.json.Json;

/**
 * Custom inventory sections ({@link CustomSection}): the {@code oco-j-custom} member of {@code oco.agent.update},
 * stored per computer as sent plus one value row per leaf for reports. A section not sent keeps what is stored;
 * one sent as {@code null} is removed. Changes go into the change history like the platform's sections.
 */
public final class CustomSections {

    /** The member of {@code oco.agent.update} (unknown to upstream, which ignores it). */
    public static final String MEMBER = "oco-j-custom";
    static final int MAX_SECTIONS = 50;
    /** Values beyond these per section stay in the stored content but are not reportable. */
    static final int MAX_VALUES = 1000;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]*\\.[a-z][a-z0-9_-]*");

    private CustomSections() {
    }

    /**
     * The custom sections of an update, checked: each key {@code <plugin-id>.<name>}, each value a JSON object,
     * list or {@code null} (remove) within the size limit.
     *
     * @throws RequestException naming the first bad section; nothing is stored then
     */
    static Map<String, Object> parse(JsonParams data) {
        if (!data.has(MEMBER)) {
            return Map.of();
        }
        if (!(data.raw(MEMBER) instanceof Map<?, ?> sections)) {
            throw RequestException.invalid(MEMBER + " must be an object of custom sections");
        }
        if (sections.size() > MAX_SECTIONS) {
            throw RequestException.invalid(MEMBER + " has " + sections.size() + " sections, at most " + MAX_SECTIONS);
        }
        Map<String, Object> parsed = new TreeMap<>();
        sections.forEach((key, content) -> {
            String name = String.valueOf(key);
            if (name.length() > CustomSection.MAX_KEY_LENGTH || !KEY.matcher(name).matches()) {
                throw RequestException.invalid(MEMBER + ": section key " + name + " is not <plugin-id>.<name> in"
                        + " lower case of at most " + CustomSection.MAX_KEY_LENGTH + " characters");
            }
            if (content != null && !(content instanceof Map) && !(content instanceof List)) {
                throw RequestException.invalid(MEMBER + "." + name + " must be an object, a list or null");
            }
            int size = content == null ? 0 : Json.bytes(content).length;
            if (size > CustomSection.MAX_BYTES) {
                throw RequestException.invalid(MEMBER + "." + name + " is " + size + " bytes, at most "
                        + CustomSection.MAX_BYTES);
            }
            parsed.put(name, canonical(content));
        });
        return parsed;
    }

    /** Maps with sorted keys, so the same content hashes the same whatever order the agent sent it in. */
    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, child) -> sorted.put(String.valueOf(key), canonical(child)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CustomSections::canonical).toList();
        }
        return value;
    }

    /** Stores the sections that differ from what is stored; returns the keys that changed. */
    static Set<String> write(Connection c, long computerId, Map<String, Object> sections, LocalDateTime now,
                             List<SectionChange> changes) throws SQLException {
        if (sections.isEmpty()) {
            return Set.of();
        }
        Map<String, String[]> stored = stored(c, computerId); // key -> {hash, content}
        Set<String> changed = new LinkedHashSet<>();
        for (Map.Entry<String, Object> section : sections.entrySet()) {
            String key = section.getKey();
            String text = section.getValue() == null ? null : Json.text(section.getValue());
            String hash = text == null ? null : Hashing.sha256(text);
            String[] old = stored.get(key);
            if (old == null && text == null || old != null && old[0].equals(hash)) {
                continue;
            }
            List<String> before = old == null ? List.of() : lines(parseStored(old[1]));
            List<String> after = text == null ? List.of() : lines(section.getValue());
            delete(c, computerId, key);
            if (text != null) {
                insert(c, computerId, key, text, hash, now, section.getValue());
            }
            List<String> added = new ArrayList<>(after);
            added.removeAll(before);
            List<String> removed = new ArrayList<>(before);
            removed.removeAll(after);
            SectionChange change = new SectionChange(key, added, removed);
            if (!change.isEmpty()) {
                changes.add(change);
            }
            changed.add(key);
        }
        return changed;
    }

    /** The stored sections of a computer for {@code oco.computer.get}, by key. */
    public static List<Map<String, Object>> read(Connection c, long computerId) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT section_key, content, updated "
                + "FROM computer_custom_section WHERE computer_id = ? ORDER BY section_key")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    Map<String, Object> section = new LinkedHashMap<>();
                    section.put("key", key);
                    section.put("plugin", key.substring(0, key.lastIndexOf('.')));
                    section.put("name", key.substring(key.lastIndexOf('.') + 1));
                    section.put("updated", r.getObject(3, LocalDateTime.class).toString().replace('T', ' '));
                    section.put("content", parseStored(r.getString(2)));
                    result.add(section);
                }
            }
        }
        return result;
    }

    private static Map<String, String[]> stored(Connection c, long computerId) throws SQLException {
        Map<String, String[]> stored = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT section_key, content_hash, content FROM computer_custom_section WHERE computer_id = ?")) {
            s.setLong(1, computerId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
                }
            }
        }
        return stored;
    }

    private static void delete(Connection c, long computerId, String key) throws SQLException {
        for (String table : List.of("computer_custom_section", "computer_custom_value")) {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE computer_id = ? AND section_key = ?")) {
                s.setLong(1, computerId);
                s.setString(2, key);
                s.executeUpdate();
            }
        }
    }

    private static void insert(Connection c, long computerId, String key, String text, String hash,
                               LocalDateTime now, Object content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO computer_custom_section "
                + "(computer_id, section_key, content, content_hash, updated) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, computerId);
            s.setString(2, key);
            s.setString(3, text);
            s.setString(4, hash);
            s.setObject(5, now);
            s.executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        for (Leaf leaf : leaves(content)) {
            if (rows.size() == MAX_VALUES) {
                break;
            }
            rows.add(new Object[] {computerId, key, leaf.path(), leaf.text(), leaf.number()});
        }
        MultiRowInsert.insert(c, "computer_custom_value",
                List.of("computer_id", "section_key", "path", "text_value", "number_value"), rows);
    }

    /** One JSON leaf: {@code load.avg1 = 0.5}; list elements share their list's path with {@code []}. */
    record Leaf(String path, String text, Double number) {
    }

    static List<Leaf> leaves(Object content) {
        List<Leaf> leaves = new ArrayList<>();
        collect(content, "", leaves);
        return leaves;
    }

    private static void collect(Object value, String path, List<Leaf> leaves) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collect(child, path.isEmpty() ? String.valueOf(key) : path + "." + key, leaves));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> collect(child, path + "[]", leaves));
        } else {
            String text = value == null ? null : truncate(String.valueOf(value), 500);
            Double number = value instanceof Number n ? n.doubleValue() : null;
            leaves.add(new Leaf(truncate(path, 200), text, number));
        }
    }

    /** The change-history lines of a section's content, e.g. {@code load.avg1: 0.5}. */
    private static List<String> lines(Object content) {
        return leaves(content).stream().map(leaf -> leaf.path() + ": " + leaf.text()).toList();
    }

    private static Object parseStored(String text) {
        try {
            return Json.parse(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored custom section is no JSON: " + e.getMessage(), e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
