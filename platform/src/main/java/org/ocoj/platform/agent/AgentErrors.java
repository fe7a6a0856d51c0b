package org.ocoj.platform.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ocoj.platform.json.Json;

/** Errors of the agent API are JSON-RPC error objects; the upstream agent only logs the body (SPEC §1.9). */
public final class AgentErrors {

    private AgentErrors() {
    }

    /** @param id the request's id, null when the request could not be read */
    public static byte[] envelope(int status, Object id, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", status == 401 ? -32001 : status >= 500 ? -32000 : -32600);
        error.put("message", message);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", id);
        envelope.put("error", error);
        envelope.put("result", null);
        return Json.bytes(envelope);
    }
}
