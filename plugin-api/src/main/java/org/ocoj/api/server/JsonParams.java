package org.ocoj.api.server;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validating read access to a JSON object given as {@code Map<String, Object>}. Every failure is a
 * {@link RequestException} of kind INVALID whose message names the parameter, e.g.
 * {@code "data.hostname must be a string"}.
 */
public final class JsonParams {

    private final Map<String, Object> values;
    private final String path;

    private JsonParams(Map<String, Object> values, String path) {
        this.values = values;
        this.path = path;
    }

    /**
     * Wraps a JSON value that must be an object; {@code null} counts as an empty object.
     *
     * @param path how the object is named in error messages, e.g. {@code data}
     */
    @SuppressWarnings("unchecked")
    public static JsonParams of(Object value, String path) {
        if (value == null) {
            return new JsonParams(Collections.emptyMap(), path);
        }
        if (!(value instanceof Map)) {
            throw RequestException.invalid(path + " must be an object");
        }
        return new JsonParams((Map<String, Object>) value, path);
    }

    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Object raw(String key) {
        return values.get(key);
    }

    /** A required string, trimmed, 1 to {@code maxLength} characters. */
    public String requireString(String key, int maxLength) {
        return optionalString(key, maxLength)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> RequestException.invalid(name(key) + " is required and cannot be empty"));
    }

    /** An optional string, trimmed, at most {@code maxLength} characters. */
    public Optional<String> optionalString(String key, int maxLength) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String)) {
            throw RequestException.invalid(name(key) + " must be a string");
        }
        String text = ((String) value).trim();
        if (text.length() > maxLength) {
            throw RequestException.invalid(name(key) + " must be at most " + maxLength + " characters");
        }
        return Optional.of(text);
    }

    /** A required whole number; numeric strings are accepted as upstream clients send ids as strings. */
    public long requireLong(String key) {
        return optionalLong(key).orElseThrow(() -> RequestException.invalid(name(key) + " is required"));
    }

    public Optional<Long> optionalLong(String key) {
        Object value = values.get(key);
        if (value == null || "".equals(value)) {
            return Optional.empty();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof String) {
            try {
                return Optional.of(Long.parseLong(((String) value).trim()));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw RequestException.invalid(name(key) + " must be a whole number");
    }

    public Optional<Boolean> optionalBoolean(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean)) {
            throw RequestException.invalid(name(key) + " must be true or false");
        }
        return Optional.of((Boolean) value);
    }

    /** A nested object; absent or null counts as empty. */
    public JsonParams object(String key) {
        return of(values.get(key), name(key));
    }

    /** A list; absent or null counts as empty. */
    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Collections.emptyList();
        }
        if (!(value instanceof List)) {
            throw RequestException.invalid(name(key) + " must be an array");
        }
        return (List<Object>) value;
    }

    /**
     * A list of at most {@code max} entries; absent or null counts as empty. Checked before anything is read
     * from it, so a request cannot make the caller work through millions of entries.
     */
    public List<Object> list(String key, int max) {
        List<Object> list = list(key);
        if (list.size() > max) {
            throw RequestException.invalid(name(key) + " has " + list.size() + " entries; at most " + max
                    + " are accepted");
        }
        return list;
    }

    private String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
