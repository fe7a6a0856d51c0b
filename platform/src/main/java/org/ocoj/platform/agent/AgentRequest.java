package org.ocoj.platform.agent;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.json.Json;

/**
 * An agent JSON-RPC request (SPEC §1.3): the raw body, which the signature covers, and its
 * {@link AgentEnvelope}. The rest of the body — {@code params} with the inventory — is built into a tree only
 * when first asked for, and only after {@link AgentAuthenticator} verified the signature on the raw bytes: an
 * unauthenticated request never costs more memory than its body (issue 16).
 */
public final class AgentRequest {

    public static final int MAX_HOSTNAME_LENGTH = AgentEnvelope.MAX_HOSTNAME_LENGTH;

    private final byte[] body;
    private final AgentEnvelope envelope;
    private boolean signatureVerified;
    private Map<String, Object> params;

    AgentRequest(byte[] body, AgentEnvelope envelope) {
        this.body = body;
        this.envelope = envelope;
    }

    /** @throws AgentException 400 with the reason if the envelope is not a valid agent request */
    public static AgentRequest parse(byte[] body) {
        return new AgentRequest(body, AgentEnvelope.scan(body));
    }

    public byte[] body() {
        return body;
    }

    public Object id() {
        return envelope.id();
    }

    public String method() {
        return envelope.method();
    }

    public String hostname() {
        return envelope.hostname();
    }

    /** The agent's clock in Unix seconds, 0 to {@link AgentEnvelope#MAX_TIMESTAMP}, with 6 decimals. */
    public BigDecimal timestamp() {
        return envelope.timestamp();
    }

    /** Called by {@link AgentAuthenticator} once a key matched: from then on the body may be parsed. */
    void signatureVerified() {
        signatureVerified = true;
    }

    /** {@code params}, parsed on first use. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> params() {
        if (params == null) {
            if (!signatureVerified) {
                throw new IllegalStateException("params of an agent request read before its signature was verified");
            }
            Object json;
            try {
                json = Json.parse(body);
            } catch (IOException e) { // a number out of range: the envelope scan checked the rest
                throw AgentException.badRequest("Invalid JSON data: " + Json.reason(e));
            }
            try {
                params = JsonParams.of(((Map<String, Object>) json).get("params"), "params").asMap();
            } catch (RequestException e) {
                throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
            }
        }
        return params;
    }

    public JsonParams data() {
        try {
            return JsonParams.of(params().get("data"), "params.data");
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
    }
}
