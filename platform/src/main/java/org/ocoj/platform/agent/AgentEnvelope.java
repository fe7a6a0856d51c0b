package org.ocoj.platform.agent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ocoj.platform.json.BoundedJsonReader;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.json.JsonLimits;
import org.ocoj.platform.json.Utf8;

/**
 * What the server must know of an agent request before it can check the signature — {@code jsonrpc},
 * {@code id}, {@code method}, {@code params.hostname}, {@code params.timestamp} — read from the raw body as a
 * stream (SPEC §1.3). Nothing else of the body is kept: until the signature is verified on the raw bytes, an
 * unauthenticated body costs one pass of the tokenizer within {@link JsonLimits} and no memory (issue 16).
 * As in a parsed tree, a key that occurs twice counts with its last value.
 */
public record AgentEnvelope(Object id, String method, String hostname, BigDecimal timestamp) {

    public static final int MAX_HOSTNAME_LENGTH = 200;
    /** 2100-01-01T00:00:00Z: a later agent clock is wrong, not early. */
    public static final long MAX_TIMESTAMP = 4_102_444_800L;
    /** The stored agent timestamp has 6 decimals (DECIMAL(20,6)); finer ones would defeat the replay check. */
    static final int TIMESTAMP_SCALE = 6;

    /** @throws AgentException 400 with the reason if the body is not a valid agent request envelope */
    public static AgentEnvelope scan(byte[] body) {
        try {
            Utf8.requireValid(body);
            try (JsonParser parser = JsonLimits.factory().createParser(body)) {
                return new Scan().read(parser);
            }
        } catch (IOException e) {
            throw invalid(Json.reason(e));
        }
    }

    private static AgentException invalid(String reason) {
        return AgentException.badRequest("Invalid JSON data: " + reason);
    }

    /** The fields as they are found; checked in the order the protocol names them once the body is read. */
    private static final class Scan {
        String jsonrpc;
        Object id;
        boolean structuredId;
        boolean idOutOfRange;
        Object method;
        boolean paramsNotObject;
        JsonToken hostnameToken;
        String hostname;
        JsonToken timestampToken;
        BigDecimal timestamp;
        boolean timestampOutOfRange;

        AgentEnvelope read(JsonParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                if (parser.currentToken() != null) {
                    parser.skipChildren(); // still refuse invalid JSON as such
                }
                throw invalid("the body must be a JSON-RPC object");
            }
            for (String key; (key = parser.nextFieldName()) != null; ) {
                JsonToken token = parser.nextToken();
                switch (key) {
                    case "jsonrpc" -> jsonrpc = token == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "id" -> readId(parser, token);
                    case "method" -> method = token == JsonToken.VALUE_STRING ? parser.getText() : token;
                    case "params" -> readParams(parser, token);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw invalid("the body is not valid JSON");
            }
            return check();
        }

        private void readId(JsonParser parser, JsonToken token) throws IOException {
            structuredId = token.isStructStart();
            idOutOfRange = false;
            id = null;
            if (structuredId) {
                parser.skipChildren();
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                id = boundedDecimal(parser);
                idOutOfRange = id == null;
            } else if (token != JsonToken.VALUE_NULL) {
                id = BoundedJsonReader.value(parser);
            }
        }

        private void readParams(JsonParser parser, JsonToken token) throws IOException {
            hostnameToken = null;
            hostname = null;
            timestampToken = null;
            timestamp = null;
            timestampOutOfRange = false;
            paramsNotObject = token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            for (String key; (key = parser.nextFieldName()) != null; ) {
                JsonToken value = parser.nextToken();
                if (key.equals("hostname")) {
                    hostnameToken = value;
                    hostname = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else if (key.equals("timestamp")) {
                    timestampToken = value;
                    timestamp = switch (value) {
                        case VALUE_NUMBER_INT -> new BigDecimal(parser.getText());
                        case VALUE_NUMBER_FLOAT -> boundedDecimal(parser);
                        default -> null;
                    };
                    timestampOutOfRange = value.isNumeric() && (timestamp == null
                            || timestamp.signum() < 0 || timestamp.compareTo(BigDecimal.valueOf(MAX_TIMESTAMP)) > 0);
                }
                parser.skipChildren();
            }
        }

        /** The decimal at the parser, or null if its exponent is out of bounds. */
        private static BigDecimal boundedDecimal(JsonParser parser) throws IOException {
            try {
                return BoundedJsonReader.decimal(parser);
            } catch (BoundedJsonReader.NumberOutOfRange e) {
                return null;
            }
        }

        private AgentEnvelope check() {
            if (!"2.0".equals(jsonrpc)) {
                throw invalid("jsonrpc must be \"2.0\"");
            }
            if (structuredId) {
                throw invalid("id must be a string or a number");
            }
            if (idOutOfRange) {
                throw invalid("id is a number out of range");
            }
            if (id == null) {
                throw invalid("id is required");
            }
            if (!(method instanceof String)) {
                throw invalid("method must be a string");
            }
            if (paramsNotObject) {
                throw invalid("params must be an object");
            }
            if (hostnameToken == null || hostnameToken == JsonToken.VALUE_NULL) {
                throw invalid("params.hostname is required");
            }
            if (hostname == null) {
                throw invalid("params.hostname must be a string");
            }
            String trimmed = hostname.trim();
            if (trimmed.length() > MAX_HOSTNAME_LENGTH) {
                throw invalid("params.hostname must be at most " + MAX_HOSTNAME_LENGTH + " characters");
            }
            if (trimmed.isEmpty()) {
                throw invalid("params.hostname cannot be empty");
            }
            if (timestampToken == null || !timestampToken.isNumeric()) {
                throw invalid("params.timestamp must be a number (Unix seconds)");
            }
            if (timestampOutOfRange) {
                throw invalid("params.timestamp (the agent's clock, Unix seconds) must be between 0 and "
                        + MAX_TIMESTAMP);
            }
            return new AgentEnvelope(id, (String) method, trimmed,
                    timestamp.setScale(TIMESTAMP_SCALE, RoundingMode.DOWN));
        }
    }
}
