package org.ocoj.agent.delivery;

import java.net.URI;
import java.util.List;

/**
 * Brings the agent's delivered collector plugins in line with what the server offers. Called by the
 * check-in cycle after a verified hello and before the inventory is collected, on the cycle's thread.
 * Never throws: a failed download is logged and the check-in goes on.
 */
@FunctionalInterface
public interface CollectorDelivery {

    void sync(URI apiUrl, List<CollectorOffer> offers);

    /** For agents (and tests) that take no plugins from the server. */
    CollectorDelivery NONE = (apiUrl, offers) -> { };
}
