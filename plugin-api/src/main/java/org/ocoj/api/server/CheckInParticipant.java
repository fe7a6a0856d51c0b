package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * Takes part in every {@code oco.agent.hello} of a known, authenticated computer (SPEC §2.2): reads its
 * part of the request and adds its part to the response.
 *
 * <p>Called on the request thread after the signature and the timestamp were verified (and, for the common
 * heartbeat-only hello, after its heartbeat was written). This is the hot path (every agent, every minute): do
 * at most a couple of indexed statements, never block on the network, never hold state between calls. A
 * heartbeat-only hello runs without a database transaction, so a statement costs just itself: a single
 * statement needs nothing more, several that must be atomic go into {@link PluginContext#inTransaction}
 * (which joins the hello's transaction where it has one). An exception is logged with the plugin id and the
 * hostname and the hello is still answered without this participant's part.
 */
public interface CheckInParticipant extends ExtensionPoint {

    void onHello(CheckIn checkIn);
}
