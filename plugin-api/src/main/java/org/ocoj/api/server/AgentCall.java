package org.ocoj.api.server;

import java.util.Map;

/**
 * One authenticated agent request.
 *
 * @param computer      the calling computer
 * @param params        the request's {@code params} object (hostname, uid, timestamp, data …)
 * @param remoteAddress the address the request came from
 */
public record AgentCall(ComputerRef computer, Map<String, Object> params, String remoteAddress) {

    /** The request's {@code params.data}, read with clear errors. */
    public JsonParams data() {
        return JsonParams.of(params.get("data"), "data");
    }
}
