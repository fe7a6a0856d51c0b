package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * A client API method (admin JSON-RPC, {@code /api-client.php}) the core does not own, e.g.
 * {@code oco.event_rule.list}. Core method names cannot be taken.
 *
 * <p>Called on the request thread after the admin was authenticated and the API key checked, inside one
 * database transaction. Throw {@link RequestException} for bad input or unknown objects; the platform
 * wraps the returned value into {@code {"success": true, "data": …}}.
 */
public interface ClientMethod extends ExtensionPoint {

    String method();

    /** @return the {@code data} of the result: a map, a list, or null for "nothing" (sent as {@code []}) */
    Object handle(ClientCall call);
}
