package org.ocoj.dist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ocoj.tools.loadgen.protocol.PythonJson;

/**
 * Hostile JSON for the fuzz tests, from a fixed seed: a document's members are replaced by values of every
 * JSON type, numbers no writer would produce ({@code 1e999999999}), deep nesting and odd text. Values that
 * are not valid Java objects (huge exponents, deep nesting) are spliced in as raw text after serialising.
 */
final class FuzzValues {

    private static final String[] RAW = {
        "0", "-1", "1e20", "1e308", "1e309", "1e400", "1e1000", "1e100000", "1e999999999", "-1e999999999",
        "1e-999999999", "123456789012345678901234567890", "0.000000000000000000001", "-0", "2147483648",
        "9223372036854775808", "true", "false", "null", "\"\"", "\" \"", "\"NaN\"", "\"Infinity\"", "\"1e999999999\"",
        "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"", "\"\\u0000\"", "\"\\ud800\"", "\"é€😀\"", "[]", "{}",
        "[[[[[[[[[[]]]]]]]]]]", "[" .repeat(70) + "]".repeat(70), "{\"a\":" .repeat(70) + "1" + "}".repeat(70),
        "[1,\"a\",null,{}]", "{\"addr\":{}}", "\"" + "x".repeat(5000) + "\"",
    };

    private final Random random;
    private final List<String> splices = new ArrayList<>();

    FuzzValues(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** One raw JSON value, to be put where a placeholder is. */
    String rawValue() {
        return RAW[random.nextInt(RAW.length)];
    }

    /** A placeholder string that {@link #text} replaces by a raw value. */
    String placeholder() {
        splices.add(rawValue());
        return "__fuzz_" + (splices.size() - 1) + "__";
    }

    /** Replaces one member somewhere in {@code document} (a deep copy is mutated and returned). */
    @SuppressWarnings("unchecked")
    Object mutate(Object document, int depth) {
        if (document instanceof Map && !((Map<?, ?>) document).isEmpty() && depth > 0) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) document);
            List<String> keys = new ArrayList<>(copy.keySet());
            String key = random.nextInt(8) == 0 ? "extra" + random.nextInt(3) : keys.get(random.nextInt(keys.size()));
            Object child = copy.get(key);
            copy.put(key, random.nextInt(3) == 0 || child == null ? placeholder() : mutate(child, depth - 1));
            return copy;
        }
        if (document instanceof List && !((List<?>) document).isEmpty() && depth > 0) {
            List<Object> copy = new ArrayList<>((List<Object>) document);
            int i = random.nextInt(copy.size());
            copy.set(i, random.nextInt(3) == 0 ? placeholder() : mutate(copy.get(i), depth - 1));
            return copy;
        }
        return placeholder();
    }

    /** The document as the agent would write it, with the raw values spliced in. */
    String text(Object document) {
        String text = PythonJson.dumps(document);
        for (int i = 0; i < splices.size(); i++) {
            text = text.replace("\"__fuzz_" + i + "__\"", splices.get(i));
        }
        splices.clear();
        return text;
    }
}
