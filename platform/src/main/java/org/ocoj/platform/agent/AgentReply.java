package org.ocoj.platform.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A successful agent response, the server key to sign it with (null: unsigned), and the work to run once the
 * request's own write is durable, before the response is sent (it may still add members to the params).
 */
public record AgentReply(Map<String, Object> envelope, String serverKey, List<Runnable> afterCommit) {

    /** The JSON-RPC success envelope (SPEC §1.5) with the strictly increasing server timestamp. */
    static AgentReply success(AgentContext context, long timestampMicros) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("success", true);
        result.put("params", context.responseParams);
        result.put("timestamp", ServerTimestamp.seconds(timestampMicros));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", context.request.id());
        envelope.put("error", null);
        envelope.put("result", result);
        return new AgentReply(envelope, context.serverKey(), List.copyOf(context.afterCommit));
    }

    /** Runs the deferred work; each piece handles its own failures (see HelloHandler#runParticipants). */
    void runAfterCommit() {
        afterCommit.forEach(Runnable::run);
    }
}
