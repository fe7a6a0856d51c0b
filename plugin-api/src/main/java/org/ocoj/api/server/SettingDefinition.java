package org.ocoj.api.server;

import java.util.Objects;
import java.util.Optional;

/**
 * One setting: a stable key, its type, default and a one-line description. Settings are data: the client
 * API and the UI list them from this declaration, and values are validated against the type on write.
 *
 * @param key            stable key, lower case with dots and dashes, e.g. {@code self-registration.enabled}
 * @param type           value type, checked when an admin sets the value
 * @param defaultValue   value used when nothing else is set (text form)
 * @param description    one line for admins
 * @param configProperty MicroProfile Config property that pins the value when set (environment variable
 *                       form: upper case with underscores, e.g. {@code oco.self.registration} ↔
 *                       {@code OCO_SELF_REGISTRATION}); empty if the setting is only stored in the database
 * @param secret         true if the value must never be shown (listed masked)
 */
public record SettingDefinition(String key, Type type, String defaultValue, String description,
                                Optional<String> configProperty, boolean secret) {

    public enum Type { STRING, BOOLEAN, INTEGER }

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(configProperty, "configProperty");
        if (!key.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            throw new IllegalArgumentException("Setting key must be lower case letters, digits, dots and dashes: " + key);
        }
    }

    public static SettingDefinition of(String key, Type type, String defaultValue, String description) {
        return new SettingDefinition(key, type, defaultValue, description, Optional.empty(), false);
    }

    /** The same setting, pinned by a MicroProfile Config property (and so by an environment variable). */
    public SettingDefinition withConfigProperty(String property) {
        return new SettingDefinition(key, type, defaultValue, description, Optional.of(property), secret);
    }

    /**
     * Checks a value an admin wants to store.
     *
     * @return the reason it is invalid, or empty if it is fine
     */
    public Optional<String> validate(String value) {
        if (value == null) {
            return Optional.of("a value is required");
        }
        switch (type) {
            case BOOLEAN:
                return value.equals("true") || value.equals("false")
                        ? Optional.empty() : Optional.of("must be true or false");
            case INTEGER:
                try {
                    Long.parseLong(value);
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of("must be a whole number");
                }
            default:
                return value.length() <= 4000 ? Optional.empty() : Optional.of("must be at most 4000 characters");
        }
    }
}
