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
 * @param limits         what a value must be beyond its type (a range, a pattern), checked when an admin sets it
 */
public record SettingDefinition(String key, Type type, String defaultValue, String description,
                                Optional<String> configProperty, boolean secret, Limits limits) {

    /**
     * What a value must be beyond its type: for {@link Type#INTEGER} a range (inclusive), for {@link Type#STRING}
     * a regular expression the whole value must match, described in words by {@code hint} for the admin (e.g.
     * "empty or at least 16 characters").
     */
    public record Limits(long min, long max, Optional<String> pattern, String hint) {

        public static final Limits NONE = new Limits(Long.MIN_VALUE, Long.MAX_VALUE, Optional.empty(), "");

        public Limits {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(hint, "hint");
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " is above max " + max);
            }
            pattern.ifPresent(java.util.regex.Pattern::compile); // a broken pattern fails at load, not at use
        }
    }

    /** A setting without limits beyond its type (the form of plugin-api before limits). */
    public SettingDefinition(String key, Type type, String defaultValue, String description,
                             Optional<String> configProperty, boolean secret) {
        this(key, type, defaultValue, description, configProperty, secret, Limits.NONE);
    }

    public enum Type { STRING, BOOLEAN, INTEGER }

    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(configProperty, "configProperty");
        Objects.requireNonNull(limits, "limits");
        if (!key.matches("[a-z0-9][a-z0-9.-]{0,99}")) {
            throw new IllegalArgumentException("Setting key must be lower case letters, digits, dots and dashes: " + key);
        }
    }

    public static SettingDefinition of(String key, Type type, String defaultValue, String description) {
        return new SettingDefinition(key, type, defaultValue, description, Optional.empty(), false);
    }

    /** The same setting, pinned by a MicroProfile Config property (and so by an environment variable). */
    public SettingDefinition withConfigProperty(String property) {
        return new SettingDefinition(key, type, defaultValue, description, Optional.of(property), secret, limits);
    }

    /** The same whole-number setting, valid only from {@code min} to {@code max} (inclusive). */
    public SettingDefinition withRange(long min, long max) {
        if (type != Type.INTEGER) {
            throw new IllegalArgumentException("Setting " + key + ": a range needs an INTEGER setting");
        }
        return new SettingDefinition(key, type, defaultValue, description, configProperty, secret,
                new Limits(min, max, Optional.empty(), ""));
    }

    /** The same text setting, valid only when the whole value matches {@code regex}; {@code hint} says so in words. */
    public SettingDefinition withPattern(String regex, String hint) {
        if (type != Type.STRING) {
            throw new IllegalArgumentException("Setting " + key + ": a pattern needs a STRING setting");
        }
        return new SettingDefinition(key, type, defaultValue, description, configProperty, secret,
                new Limits(Long.MIN_VALUE, Long.MAX_VALUE, Optional.of(regex), hint));
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
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return Optional.of("must be a whole number" + rangeText());
                }
                return number >= limits.min() && number <= limits.max() ? Optional.empty()
                        : Optional.of("must be a whole number" + rangeText());
            default:
                if (value.length() > 4000) {
                    return Optional.of("must be at most 4000 characters");
                }
                return limits.pattern().filter(regex -> !value.matches(regex)).map(regex -> "must be " + limits.hint());
        }
    }

    private String rangeText() {
        if (limits.min() == Long.MIN_VALUE && limits.max() == Long.MAX_VALUE) {
            return "";
        }
        if (limits.max() == Long.MAX_VALUE) {
            return " of at least " + limits.min();
        }
        return limits.min() == Long.MIN_VALUE ? " of at most " + limits.max()
                : " from " + limits.min() + " to " + limits.max();
    }
}
