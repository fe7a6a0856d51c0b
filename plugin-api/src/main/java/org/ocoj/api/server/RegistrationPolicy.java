package org.ocoj.api.server;

import org.pf4j.ExtensionPoint;

/**
 * Decides whether an agent with an unknown hostname may register itself (SPEC §1.8, self-registration).
 *
 * <p>Called on a request thread for an {@code oco.agent.hello} whose hostname is not known, before the
 * signature is checked against the registration key; the platform creates the computer only if at least one
 * enabled policy says yes <em>and</em> the request is signed with the registration key. Must be fast and
 * must not write anything.
 */
public interface RegistrationPolicy extends ExtensionPoint {

    boolean mayRegister(RegistrationRequest request);
}
