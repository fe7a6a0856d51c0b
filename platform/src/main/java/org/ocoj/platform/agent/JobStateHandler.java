package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import org.ocoj.api.server.JsonParams;
import org.ocoj.api.server.RequestException;

/**
 * {@code oco.agent.update_job_state} (SPEC §2.4). OCO-J distributes no software, so no job exists; a
 * well-formed report is acknowledged (an upstream agent mid-way through an old job finishes cleanly).
 */
@ApplicationScoped
class JobStateHandler {

    void handle(AgentContext context) {
        JsonParams data = context.request.data();
        try {
            if (!data.has("job-id") || !data.has("state") || !data.asMap().containsKey("return-code")
                    || !data.has("message")) {
                throw RequestException.invalid("params.data needs job-id, state, return-code and message");
            }
            long state = data.requireLong("state");
            context.responseParams.put("job-succeeded", state == 3);
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
        Heartbeat.recordContact(context);
    }
}
