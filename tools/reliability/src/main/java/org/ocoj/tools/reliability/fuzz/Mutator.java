package org.ocoj.tools.reliability.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ocoj.tools.reliability.agents.ExactJson;

/**
 * Turns valid requests into odd ones, reproducibly from a seed: values of the wrong type, huge and strange
 * numbers, deep nesting, unusual Unicode, missing and extra fields — on the parsed tree — and, on the bytes,
 * duplicate keys, truncation, trailing garbage, invalid UTF-8. Every change it makes is named, so a finding can
 * be traced to the mutations that caused it.
 */
public final class Mutator {

    static final ObjectMapper JSON = ExactJson.MAPPER;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Numbers written as text: no JSON library would write most of them. Placed via {@link #RAW_MARK}. */
    static final List<String> ODD_NUMBERS = List.of("1e999999999", "1e20", "1e1000", "1e100000", "-1", "0", "-0",
            "1e-999999999", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890.5",
            "1.7976931348623157E309", "4.9e-325", "0.1e1", "1E+2", "3.14159265358979323846264338327950288", "4102444801",
            "1795535495.12345678901");
    static final List<String> ODD_TEXT = List.of("", " ", "x", "\u0000", "\u202e\u202dRTL", "\ud83d\udca5 emoji",
            "\u200b\u200c\u200d", "a\u0000b", "\\", "\"", "' OR '1'='1", "<script>alert(1)</script>",
            "%00", "../../etc/passwd", "\ufeffBOM", "Ω≈ç√∫˜µ≤≥÷", "𝕏𝕐ℤ", "null", "true", "1e999999999");
    /** Where a raw number goes in the text: replaced after serialisation. */
    static final String RAW_MARK = "\u0001raw:";

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A value of any kind that a field is unlikely to expect. */
    public JsonNode oddValue() {
        switch (random.nextInt(11)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.textNode(RAW_MARK + pick(ODD_NUMBERS));
            case 3: return NODES.textNode(pick(ODD_TEXT));
            case 4: return NODES.textNode("x".repeat(between(1_000, 70_000)));
            case 5: return NODES.arrayNode();
            case 6: return NODES.objectNode();
            case 7: return nested(between(2, 300));
            case 8: return NODES.numberNode(random.nextLong());
            case 9: return NODES.numberNode(new BigDecimal(random.nextInt(1000) - 500).movePointLeft(random.nextInt(10)));
            default: {
                ArrayNode list = NODES.arrayNode();
                for (int i = between(1, 5); i > 0; i--) {
                    list.add(random.nextBoolean() ? NODES.textNode(pick(ODD_TEXT)) : NODES.numberNode(random.nextInt()));
                }
                return list;
            }
        }
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                node = NODES.arrayNode().add(node);
            } else {
                ObjectNode object = NODES.objectNode();
                object.set("a", node);
                node = object;
            }
        }
        return node;
    }

    /**
     * Applies 1–3 tree mutations to {@code root} (a request object); names them in {@code applied}.
     * {@code protectedPaths} are never removed (e.g. nothing — the caller decides what must stay).
     */
    public void mutateTree(ObjectNode root, List<String> applied) {
        for (int n = between(1, 3); n > 0; n--) {
            List<String> path = new ArrayList<>();
            JsonNode parent = randomContainer(root, path);
            switch (random.nextInt(5)) {
                case 0 -> replace(parent, path, oddValue(), applied, "odd value");
                case 1 -> remove(parent, path, applied);
                case 2 -> extra(parent, path, applied);
                case 3 -> replace(parent, path, NODES.textNode(RAW_MARK + pick(ODD_NUMBERS)), applied, "odd number");
                default -> replace(parent, path, NODES.textNode(pick(ODD_TEXT)), applied, "odd text");
            }
        }
    }

    /** A random object or array inside {@code node} (biased towards shallow ones); its path into {@code path}. */
    private JsonNode randomContainer(JsonNode node, List<String> path) {
        JsonNode current = node;
        while (random.nextInt(3) != 0) {
            List<Map.Entry<String, JsonNode>> children = containers(current);
            if (children.isEmpty()) {
                break;
            }
            Map.Entry<String, JsonNode> child = pick(children);
            path.add(child.getKey());
            current = child.getValue();
        }
        return current;
    }

    private static List<Map.Entry<String, JsonNode>> containers(JsonNode node) {
        List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode() && field.getValue().size() > 0) {
                    children.add(field);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < Math.min(node.size(), 50); i++) {
                if (node.get(i).isContainerNode() && node.get(i).size() > 0) {
                    children.add(Map.entry("[" + i + "]", node.get(i)));
                }
            }
        }
        return children;
    }

    private void replace(JsonNode parent, List<String> path, JsonNode value, List<String> applied, String kind) {
        String at = member(parent);
        if (at == null) {
            return;
        }
        if (parent.isObject()) {
            ((ObjectNode) parent).set(at, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(at), value);
        }
        applied.add(kind + " at " + where(path, parent.isObject() ? at : "[" + at + "]") + ": " + describe(value));
    }

    private void remove(JsonNode parent, List<String> path, List<String> applied) {
        String at = member(parent);
        if (at == null) {
            return;
        }
        if (parent.isObject()) {
            ((ObjectNode) parent).remove(at);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(at));
        }
        applied.add("missing " + where(path, parent.isObject() ? at : "[" + at + "]"));
    }

    private void extra(JsonNode parent, List<String> path, List<String> applied) {
        JsonNode value = oddValue();
        if (parent.isObject()) {
            String name = pick(List.of("extra", "__proto__", "constructor", "hostname", "timestamp", "data", "id",
                    "\u0000", "x".repeat(300)));
            ((ObjectNode) parent).set(name, value);
            applied.add("extra field " + where(path, name.length() > 20 ? name.substring(0, 20) + "…" : name) + ": "
                    + describe(value));
        } else {
            ((ArrayNode) parent).add(value);
            applied.add("extra element in " + where(path, "") + ": " + describe(value));
        }
    }

    /** A member of {@code parent} to change: a field name, or an index as text; null if it has none. */
    private String member(JsonNode parent) {
        if (parent.isObject() && parent.size() > 0) {
            List<String> names = new ArrayList<>();
            parent.fieldNames().forEachRemaining(names::add);
            return pick(names);
        }
        if (parent.isArray() && parent.size() > 0) {
            return String.valueOf(random.nextInt(Math.min(parent.size(), 50)));
        }
        return null;
    }

    private static String where(List<String> path, String member) {
        StringBuilder text = new StringBuilder();
        for (String part : path) {
            text.append(part.startsWith("[") ? part : (text.length() == 0 ? "" : ".") + part);
        }
        if (!member.isEmpty()) {
            text.append(member.startsWith("[") ? member : (text.length() == 0 ? "" : ".") + member);
        }
        return text.length() == 0 ? "(root)" : text.toString();
    }

    private static String describe(JsonNode value) {
        String text = value.isTextual() && value.asText().startsWith(RAW_MARK) ? value.asText().substring(RAW_MARK.length())
                : value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " chars)" : text;
    }

    /** The request as bytes, with {@link #RAW_MARK} strings turned into the raw numbers they stand for. */
    public static byte[] serialize(JsonNode root) {
        String text = root.toString();
        String mark = JSON.valueToTree(RAW_MARK).toString();
        mark = mark.substring(1, mark.length() - 1);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf("\"" + mark); at >= 0; at = text.indexOf("\"" + mark, from)) {
            int end = text.indexOf('"', at + 1 + mark.length());
            out.append(text, from, at).append(text, at + 1 + mark.length(), end);
            from = end + 1;
        }
        out.append(text.substring(from));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sometimes (about one request in {@code oneIn}) breaks the bytes themselves; names what it did. */
    public byte[] mutateBytes(byte[] body, int oneIn, List<String> applied) {
        if (random.nextInt(oneIn) != 0 || body.length < 10) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(7)) {
            case 0 -> {
                int cut = random.nextInt(body.length);
                out.write(body, 0, cut);
                applied.add("truncated at byte " + cut);
            }
            case 1 -> {
                out.writeBytes(body);
                out.writeBytes(pick(List.of("}", "]", "garbage", "{}", "\u0000")).getBytes(StandardCharsets.UTF_8));
                applied.add("trailing bytes");
            }
            case 2 -> {
                String text = new String(body, StandardCharsets.UTF_8);
                int brace = text.indexOf('{', 1);
                String duplicate = "\"" + pick(List.of("hostname", "timestamp", "method", "id", "data")) + "\": "
                        + pick(List.of("\"dup\"", "1", "null", "{}", "1e999999999")) + ", ";
                text = brace < 0 ? text : text.substring(0, brace + 1) + duplicate + text.substring(brace + 1);
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
                applied.add("duplicate key " + duplicate.trim());
            }
            case 3 -> {
                int at = random.nextInt(body.length);
                out.write(body, 0, at);
                byte[][] invalid = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
                        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
                out.writeBytes(pick(List.of(invalid)));
                out.write(body, at, body.length - at);
                applied.add("invalid UTF-8 at byte " + at);
            }
            case 4 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(body);
                applied.add("UTF-8 byte order mark");
            }
            case 5 -> {
                out.write('[');
                out.writeBytes(body);
                out.write(',');
                out.writeBytes(body);
                out.write(']');
                applied.add("sent as a batch of two");
            }
            default -> {
                out.writeBytes(pick(List.of("", "null", "[]", "{}", "\"text\"", "1e999999999", "[[[[[[[[[[]]]]]]]]]]"))
                        .getBytes(StandardCharsets.UTF_8));
                applied.add("body replaced: " + out.toString(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
