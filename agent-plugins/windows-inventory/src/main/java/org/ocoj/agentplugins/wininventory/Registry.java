package org.ocoj.agentplugins.wininventory;

import java.util.List;
import java.util.Map;

/**
 * Read access to {@code HKEY_LOCAL_MACHINE}: the collectors' view of the registry, so tests can feed them a
 * {@code regedit} export instead ({@code RegFile} in the tests).
 */
public interface Registry {

    /** Names of the direct subkeys of {@code HKLM\path}; empty when the key does not exist. */
    List<String> subKeys(String path);

    /**
     * The values of {@code HKLM\path} by name ({@code ""} = the default value): {@code String} (REG_SZ,
     * REG_EXPAND_SZ), {@code Integer} (REG_DWORD), {@code Long} (REG_QWORD), {@code String[]} (REG_MULTI_SZ),
     * {@code byte[]} (REG_BINARY); empty when the key does not exist.
     */
    Map<String, Object> values(String path);

    /** A value as text: numbers in decimal, {@code ""} when absent. */
    default String text(String path, String name) {
        Object value = values(path).get(name);
        return value == null || value instanceof byte[] || value instanceof String[] ? "" : value.toString();
    }
}
