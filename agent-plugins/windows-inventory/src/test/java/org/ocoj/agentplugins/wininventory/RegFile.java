package org.ocoj.agentplugins.wininventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code regedit /e} export ("Windows Registry Editor Version 5.00", UTF-16LE) of {@code HKEY_LOCAL_MACHINE}
 * keys as a {@link Registry}: string, {@code dword:}, {@code hex(b):} (QWORD), {@code hex(2):} (expandable
 * string), {@code hex(7):} (multi-string) and {@code hex:} values, with regedit's {@code \} line continuation.
 */
public final class RegFile implements Registry {
    private static final String HKLM = "HKEY_LOCAL_MACHINE\\";
    private final Map<String, Map<String, Object>> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private RegFile() {
    }

    static RegFile parse(String text) throws IOException {
        RegFile registry = new RegFile();
        Map<String, Object> current = null;
        for (String line : logicalLines(text)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String path = line.substring(1, line.length() - 1);
                if (!path.toUpperCase(Locale.ROOT).startsWith(HKLM)) {
                    throw new IOException("only HKEY_LOCAL_MACHINE keys are supported: " + path);
                }
                current = registry.keys.computeIfAbsent(path.substring(HKLM.length()), k -> new LinkedHashMap<>());
            } else if (current != null && (line.startsWith("\"") || line.startsWith("@="))) {
                int equals = line.startsWith("@=") ? 1 : closingQuote(line, 1) + 1;
                String name = line.startsWith("@=") ? "" : unescape(line.substring(1, equals - 1));
                current.put(name, value(line.substring(equals + 1)));
            }
        }
        return registry;
    }

    @Override
    public List<String> subKeys(String path) {
        String prefix = path + "\\";
        List<String> children = new ArrayList<>();
        for (String key : keys.keySet()) {
            if (key.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String child = key.substring(prefix.length());
                if (!child.contains("\\") && !child.isEmpty()) {
                    children.add(child);
                }
            }
        }
        return children;
    }

    @Override
    public Map<String, Object> values(String path) {
        return keys.getOrDefault(path, Map.of());
    }

    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.endsWith("\\")) { // hex data wrapped by regedit; strings end with a quote, keys with ]
                pending.append(line, 0, line.length() - 1);
                continue;
            }
            lines.add(pending.append(line).toString());
            pending.setLength(0);
        }
        return lines;
    }

    private static Object value(String data) {
        if (data.startsWith("\"")) {
            return unescape(data.substring(1, closingQuote(data, 1)));
        }
        if (data.startsWith("dword:")) {
            return Integer.parseUnsignedInt(data.substring(6), 16);
        }
        byte[] bytes = hex(data.substring(data.indexOf(':') + 1));
        if (data.startsWith("hex(b):")) {
            long value = 0;
            for (int i = 7; i >= 0; i--) {
                value = value << 8 | (bytes[i] & 0xff);
            }
            return value;
        }
        if (data.startsWith("hex(2):") || data.startsWith("hex(7):")) {
            String strings = new String(bytes, StandardCharsets.UTF_16LE);
            List<String> parts = new ArrayList<>(List.of(strings.split("\u0000")));
            return data.startsWith("hex(2):") ? (parts.isEmpty() ? "" : parts.get(0)) : parts.toArray(String[]::new);
        }
        return bytes;
    }

    private static byte[] hex(String list) {
        String[] parts = list.replace(" ", "").split(",");
        if (parts.length == 1 && parts[0].isEmpty()) {
            return new byte[0];
        }
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated string in " + text);
    }

    private static String unescape(String text) {
        return text.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
