package org.ocoj.api.inventory;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The open variant of {@link InventoryItem}: a section the plugin names itself (uptime and load, failed systemd
 * units, TPM state …) with JSON-shaped content. The agent sends it under {@code <plugin-id>.<name>}, so two plugins
 * never collide; the OCO-J server stores it per computer, shows it in {@code oco.computer.get} and on the computer
 * page, records its changes in the history and lets reports test its values (docs/plugins.md "Custom inventory
 * sections"). Since plugin-api 1.1.0.
 *
 * <p>A collector that returns custom sections declares {@link InventorySection#CUSTOM}. Each one it returns
 * replaces the stored section of that name; a section not returned (the collector failed, or left it out) keeps
 * what is stored.
 *
 * @param name    lower-case letters, digits, {@code -} and {@code _}, starting with a letter, at most 32
 *                characters; the whole key {@code <plugin-id>.<name>} at most {@value #MAX_KEY_LENGTH}
 * @param content a {@code Map<String, ?>} or a {@code List<?>} of JSON values (strings, numbers, booleans,
 *                {@code null}, maps with string keys, lists); at most {@value #MAX_BYTES} bytes as UTF-8 JSON
 */
public record CustomSection(String name, Object content) implements InventoryItem {

    /** The largest content the agent sends and the server stores, as UTF-8 JSON. */
    public static final int MAX_BYTES = 65_536;
    /** The longest key, {@code <plugin-id>.<name>}. */
    public static final int MAX_KEY_LENGTH = 40;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final int MAX_DEPTH = 16;

    /** @throws IllegalArgumentException naming what is wrong with the name or the content */
    public CustomSection {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("custom section name \"" + name + "\" is not lower-case letters, digits,"
                    + " - and _ starting with a letter, at most 32 characters");
        }
        if (!(content instanceof Map) && !(content instanceof List)) {
            throw new IllegalArgumentException("custom section " + name + ": content must be a map or a list, not "
                    + (content == null ? "null" : content.getClass().getName()));
        }
        checkJson(name, content, "", 0);
    }

    @Override
    public InventorySection section() {
        return InventorySection.CUSTOM;
    }

    private static void checkJson(String section, Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("custom section " + section + ": nested deeper than " + MAX_DEPTH
                    + " at " + path);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("custom section " + section + ": a key at " + path
                            + " is not a string");
                }
                checkJson(section, entry.getValue(), path + "." + key, depth + 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkJson(section, list.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (value != null && !(value instanceof String) && !(value instanceof Number)
                && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("custom section " + section + ": " + value.getClass().getName()
                    + " at " + path + " is no JSON value");
        }
    }
}
