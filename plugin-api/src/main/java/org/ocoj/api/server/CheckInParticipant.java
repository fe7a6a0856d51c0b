package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * Takes part in every {@code oco.agent.hello} of a known, authenticated computer (SPEC §2.2): reads its
 * part of the request and adds its part to the response.
 *
 * <p>Called on the request thread after the signature and the timestamp were verified and the hello's own write
 * was committed (on the full path as on the heartbeat fast path), outside any transaction, before the answer is
 * sent. This is the hot path (every agent, every minute): do at most a couple of indexed statements, never block
 * on the network, never hold state between calls. Each statement commits by itself; several that must be
 * atomic go into {@link PluginContext#inTransaction}, which is then a transaction of this participant's own. An
 * exception is logged with the plugin id and the hostname and the hello is still answered (and stays stored)
 * without this participant's part; what it did in its own transaction rolls back, what it committed before
 * stays.
 */
public interface CheckInParticipant extends ExtensionPoint {

    void onHello(CheckIn checkIn);
}
