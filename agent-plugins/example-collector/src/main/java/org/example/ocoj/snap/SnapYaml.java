package org.example.ocoj.snap;

import java.util.HashMap;
import java.util.Map;

/**
 * The top-level scalar keys of a snap's {@code meta/snap.yaml} ({@code name}, {@code version},
 * {@code summary}). Nested blocks (apps, plugs) are skipped; that is all a package list needs, and it keeps
 * the plugin free of a YAML library it would have to ship.
 */
final class SnapYaml {
    private SnapYaml() {
    }

    static Map<String, String> topLevelScalars(String yaml) {
        Map<String, String> values = new HashMap<>();
        for (String line : yaml.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
                continue;
            }
            String value = line.substring(colon + 1).trim();
            if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, colon).trim(), value);
        }
        return values;
    }
}
