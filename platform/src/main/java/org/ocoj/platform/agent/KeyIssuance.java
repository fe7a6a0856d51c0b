package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ocoj.platform.registration.RegistrationKey;
import org.ocoj.platform.security.Secrets;

/**
 * Key handshake with pending keys (SPEC §1.8, fixing §9.4). An issued agent key stays "pending" and is
 * re-sent on every hello still signed with the old key, until a request signed with the new key commits it;
 * so a response lost in transit never locks an agent out. The server key goes out with it while the issuance
 * is pending, and whenever the computer has none. {@code server-key} is never sent as null (SPEC §8.5).
 */
@ApplicationScoped
class KeyIssuance {

    @Inject
    RegistrationKey registrationKey;

    void apply(AgentContext context) {
        boolean hello = AgentMethods.HELLO.equals(context.request.method());
        String pending = context.computer.pendingAgentKey();
        switch (context.key) {
            case PENDING_KEY:
                context.row.set("agent_key", pending).set("pending_agent_key", null);
                pending = null;
                break;
            case REGISTRATION_KEY:
                if (pending == null) {
                    pending = Secrets.randomKey(registrationKey.issuedKeyLength());
                    context.row.set("pending_agent_key", pending);
                }
                break;
            default:
                break;
        }
        if (!hello) {
            return;
        }
        if (pending != null) {
            context.responseParams.put("agent-key", pending);
        }
        if (!context.computer.hasServerKey()) {
            context.issueServerKey(Secrets.randomKey(registrationKey.issuedKeyLength()));
            context.responseParams.put("server-key", context.serverKey());
        } else if (pending != null) {
            context.responseParams.put("server-key", context.serverKey());
        }
    }
}
