package org.ocoj.platform.agent;

import java.util.LinkedHashMap;
import java.util.Map;

/** A successful agent response and the server key to sign it with (null: unsigned). */
public record AgentReply(Map<String, Object> envelope, String serverKey) {

    /** The JSON-RPC success envelope (SPEC §1.5) with the strictly increasing server timestamp. */
    static AgentReply success(AgentRequest request, Map<String, Object> params, long timestampMicros,
                              String serverKey) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("success", true);
        result.put("params", params);
        result.put("timestamp", ServerTimestamp.seconds(timestampMicros));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", request.id());
        envelope.put("error", null);
        envelope.put("result", result);
        return new AgentReply(envelope, serverKey);
    }
}
