package org.ocoj.agent.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * JSON as the protocol wants it: requests are pure ASCII (non-ASCII escaped as {@code \\uXXXX}, SPEC 1.3)
 * so that the signed bytes are the same however a server decodes them; numbers are read as BigDecimal so
 * server timestamps compare exactly (SPEC 1.6).
 */
public final class JsonCodec {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One-line ASCII JSON bytes, ready to be signed and sent. */
    public byte[] toBytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /** Indented ASCII JSON for people ({@code --print-inventory}). */
    public String toPrettyString(Object value) {
        try {
            return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    public JsonNode parse(byte[] json) throws IOException {
        return mapper.readTree(json);
    }
}
