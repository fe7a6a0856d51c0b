package org.ocoj.api.server;

import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * An agent JSON-RPC method the core does not own, e.g. {@code oco.agent.events}.
 *
 * <p>Called on the request thread after the computer was identified and the request's signature and
 * timestamp were verified, inside one database transaction: if it throws, everything it wrote is rolled
 * back. Throw {@link RequestException} for bad input (the agent gets HTTP 400 with the message).
 */
public interface AgentMethod extends ExtensionPoint {

    /** The full method name, e.g. {@code oco.agent.events}. */
    String method();

    /** Handles the call; the returned map becomes the response's {@code result.params}. */
    Map<String, Object> handle(AgentCall call);
}
