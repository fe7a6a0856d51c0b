package org.ocoj.agentplugins.os;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses shell-style {@code KEY=value} files such as os-release(5) and /etc/default/locale. */
final class KeyValueFile {
    private KeyValueFile() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || equals <= 0) {
                continue;
            }
            values.put(trimmed.substring(0, equals), unquote(trimmed.substring(equals + 1)));
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }
}
