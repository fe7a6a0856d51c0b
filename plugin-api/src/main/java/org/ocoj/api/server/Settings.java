package org.ocoj.api.server;

/**
 * Read access to settings. A value comes, in this order, from the environment/MicroProfile Config
 * (if the setting names a config property), from the value an admin stored, or from the declared default.
 */
public interface Settings {

    /** The value of a declared setting as text; never null for a declared setting. */
    String get(String key);

    default boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key).trim());
    }

    default long getLong(String key) {
        return Long.parseLong(get(key).trim());
    }
}
