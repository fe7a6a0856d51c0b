package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.registration.RegistrationKey;
import org.ocoj.platform.security.Hmac;

/**
 * Verifies {@code x-oco-agent-signature} over the raw body in constant time (SPEC §1.4), before any of the
 * body but its {@link AgentEnvelope} is parsed: only a verified {@link AgentRequest} builds its params. Which keys count:
 * the computer's agent key; a pending key the server issued but the agent has not used yet; and, only for a
 * hello of a computer without an agent key, the registration key. A known hostname signed with any other key
 * is refused and logged — never silently re-keyed.
 */
@ApplicationScoped
public class AgentAuthenticator {

    private static final Logger LOG = Logger.getLogger(AgentAuthenticator.class.getName());

    @Inject
    RegistrationKey registrationKey;

    public MatchedKey verify(AgentRequest request, AgentView computer, String signatureHeader, String remote) {
        byte[] presented = presentedMac(request, signatureHeader, remote);
        if (computer.hasAgentKey() && Hmac.matches(computer.agentKey(), request.body(), presented)) {
            return verified(request, MatchedKey.AGENT_KEY);
        }
        if (computer.pendingAgentKey() != null
                && Hmac.matches(computer.pendingAgentKey(), request.body(), presented)) {
            return verified(request, MatchedKey.PENDING_KEY);
        }
        if (!computer.hasAgentKey() && AgentMethods.HELLO.equals(request.method())
                && Hmac.matches(registrationKey.value(), request.body(), presented)) {
            return verified(request, MatchedKey.REGISTRATION_KEY);
        }
        LOG.warning(() -> "Refused " + request.method() + " of " + request.hostname() + " from " + remote
                + ": signature does not match " + (computer.hasAgentKey()
                ? "the computer's agent key" : "the registration key"));
        throw AgentException.unauthorized("Invalid agent signature for host " + request.hostname()
                + (computer.hasAgentKey() ? "" : " (the computer has no agent key yet; sign with the registration key)"));
    }

    /**
     * Quietly true if the request is signed with the computer's committed agent key; a false here is decided
     * (and logged) again by {@link #verify}.
     */
    public boolean signedWithAgentKey(AgentRequest request, AgentView computer, String signatureHeader) {
        if (computer.hasAgentKey() && signatureHeader != null
                && Hmac.matches(computer.agentKey(), request.body(), Hmac.decodeHex(signatureHeader.trim()))) {
            request.signatureVerified();
            return true;
        }
        return false;
    }

    /** For first contact of an unknown hostname: the registration key only. */
    public void verifyRegistration(AgentRequest request, String signatureHeader, String remote) {
        if (!Hmac.matches(registrationKey.value(), request.body(), presentedMac(request, signatureHeader, remote))) {
            LOG.warning(() -> "Refused registration of " + request.hostname() + " from " + remote
                    + ": signature does not match the registration key");
            throw AgentException.unauthorized("Invalid agent signature for host " + request.hostname()
                    + " (registration requires the registration key)");
        }
        request.signatureVerified();
    }

    private static MatchedKey verified(AgentRequest request, MatchedKey key) {
        request.signatureVerified();
        return key;
    }

    private static byte[] presentedMac(AgentRequest request, String signatureHeader, String remote) {
        if (signatureHeader == null || signatureHeader.isEmpty()) {
            LOG.warning(() -> "Refused " + request.method() + " of " + request.hostname() + " from " + remote
                    + ": no signature header");
            throw AgentException.unauthorized("Signature header missing (x-oco-agent-signature)");
        }
        byte[] mac = Hmac.decodeHex(signatureHeader.trim());
        if (mac == null) {
            throw AgentException.unauthorized("Invalid agent signature for host " + request.hostname()
                    + ": x-oco-agent-signature must be 64 hex digits");
        }
        return mac;
    }
}
