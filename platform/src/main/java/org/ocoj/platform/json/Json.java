package org.ocoj.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The platform's JSON mapping. Output is ASCII only (non-ASCII escaped as \\uXXXX) because the agent
 * re-encodes the response text before checking our signature (SPEC §1.6). Input is read within
 * {@link JsonLimits} by {@link BoundedJsonReader}: floats as bounded BigDecimals so agent timestamps compare
 * exactly, and invalid UTF-8 (overlong forms, CESU-8 surrogates) refused.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.factory())
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * Parses any JSON value into maps, lists, strings, numbers, booleans and null.
     *
     * @throws IOException also when a {@link JsonLimits} limit is exceeded; the message says which
     */
    public static Object parse(byte[] body) throws IOException {
        Utf8.requireValid(body);
        try (JsonParser parser = JsonLimits.factory().createParser(body)) {
            return BoundedJsonReader.read(parser);
        }
    }

    public static Object parse(String text) throws IOException {
        try (JsonParser parser = JsonLimits.factory().createParser(text)) {
            return BoundedJsonReader.read(parser);
        }
    }

    /** Why {@link #parse} refused a body, in words for the client ("the body is not valid JSON" for syntax). */
    public static String reason(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return "the body exceeds a limit: " + JsonLimits.describe(limit);
        }
        if (e instanceof BoundedJsonReader.NumberOutOfRange range) {
            return range.getOriginalMessage();
        }
        if (e instanceof java.io.CharConversionException) {
            return e.getMessage();
        }
        return "the body is not valid JSON";
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
