package org.ocoj.platform.agent;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.json.Json;

/**
 * A parsed agent JSON-RPC request (SPEC §1.3). The raw body is kept because the signature covers exactly
 * those bytes.
 */
public record AgentRequest(byte[] body, Object id, String method, Map<String, Object> params, String hostname,
                           BigDecimal timestamp) {

    public static final int MAX_HOSTNAME_LENGTH = 200;

    /** @throws AgentException 400 with the reason if the envelope is not a valid agent request */
    @SuppressWarnings("unchecked")
    public static AgentRequest parse(byte[] body) {
        Object json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw AgentException.badRequest("Invalid JSON data: the body is not valid JSON");
        }
        if (!(json instanceof Map)) {
            throw AgentException.badRequest("Invalid JSON data: the body must be a JSON-RPC object");
        }
        Map<String, Object> envelope = (Map<String, Object>) json;
        if (!"2.0".equals(envelope.get("jsonrpc"))) {
            throw AgentException.badRequest("Invalid JSON data: jsonrpc must be \"2.0\"");
        }
        Object id = envelope.get("id");
        if (id == null) {
            throw AgentException.badRequest("Invalid JSON data: id is required");
        }
        if (!(envelope.get("method") instanceof String)) {
            throw AgentException.badRequest("Invalid JSON data: method must be a string");
        }
        try {
            JsonParams params = JsonParams.of(envelope.get("params"), "params");
            if (!params.has("hostname")) {
                throw AgentException.badRequest("Invalid JSON data: params.hostname is required");
            }
            String hostname = params.optionalString("hostname", MAX_HOSTNAME_LENGTH).orElse("");
            if (hostname.isEmpty()) {
                throw AgentException.badRequest("Invalid JSON data: params.hostname cannot be empty");
            }
            return new AgentRequest(body, id, (String) envelope.get("method"), params.asMap(), hostname,
                    timestampOf(params.raw("timestamp")));
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
    }

    private static BigDecimal timestampOf(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return new BigDecimal(value.toString());
        }
        throw AgentException.badRequest("Invalid JSON data: params.timestamp must be a number (Unix seconds)");
    }

    public JsonParams data() {
        try {
            return JsonParams.of(params.get("data"), "params.data");
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
    }
}
