package org.ocoj.dist;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** JSON reading for tests: ordered maps, floats as BigDecimal (as the agent's wire values). */
public final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    public static Map<String, Object> object(String text) {
        try {
            return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON object: " + text, e);
        }
    }

    public static List<Map<String, Object>> list(String text) {
        try {
            return MAPPER.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON array of objects: " + text, e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks a path of keys into nested maps. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            if (!(current instanceof Map)) {
                throw new AssertionError("No " + String.join(".", path) + " in " + map);
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return (T) current;
    }
}
