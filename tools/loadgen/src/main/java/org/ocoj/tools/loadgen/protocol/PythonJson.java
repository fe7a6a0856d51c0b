package org.ocoj.tools.loadgen.protocol;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte-for-byte as the upstream agent's {@code json.dumps} does (SPEC §1.3): one line, {@code ", "}
 * and {@code ": "} separators, every character outside printable ASCII escaped as {@code \\uXXXX}, map order
 * kept. The server signs and verifies raw bytes, so "almost the same" JSON would test a different request.
 */
public final class PythonJson {

    private PythonJson() {
    }

    public static String dumps(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    public static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            string(out, (String) value);
        } else if (value instanceof BigDecimal) {
            out.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            out.append(new BigDecimal(value.toString()).toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map) {
            object(out, (Map<?, ?>) value);
        } else if (value instanceof List) {
            array(out, (List<?>) value);
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> entry = it.next();
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            write(out, entry.getValue());
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(out, list.get(i));
        }
        out.append(']');
    }

    /** Python escapes {@code "}, {@code \\}, the named controls, and everything else outside 0x20–0x7e. */
    public static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        for (int pad = hex.length(); pad < 4; pad++) {
                            out.append('0');
                        }
                        out.append(hex);
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
