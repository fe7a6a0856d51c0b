package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.ComputerRepository;

/**
 * The common case of the hot path — a known computer's hello, signed with its committed key, that changes
 * nothing but the heartbeat — answered with one auto-committed write (plus one read when the computer is not
 * in {@link KnownComputers}), without a JTA transaction
 * (ARCHITECTURE §5). Everything else, and every hello whose write finds the row changed since the read or the
 * timestamp not newer, goes the full way through {@link AgentProtocol}, which then decides and logs exactly
 * as if this class did not exist.
 */
@ApplicationScoped
class HelloFastPath {

    @Inject
    ComputerRepository computers;
    @Inject
    KnownComputers known;
    @Inject
    AgentAuthenticator authenticator;
    @Inject
    HelloHandler hello;
    @Inject
    Clock clock;

    /** Whatever else happens to a computer through the agent protocol may change what is remembered of it. */
    void fullPathTaken(String hostname) {
        known.forget(hostname);
    }

    Optional<AgentReply> answer(AgentRequest request, String signature, String remoteAddress) {
        if (!AgentMethods.HELLO.equals(request.method())) {
            return Optional.empty();
        }
        AgentView computer = known.find(request.hostname()).orElse(null);
        if (computer == null || !computer.hasAgentKey() || !computer.hasServerKey()
                || computer.pendingAgentKey() != null
                || !authenticator.signedWithAgentKey(request, computer, signature)) {
            return Optional.empty();
        }
        AgentContext context = new AgentContext(request, computer, MatchedKey.AGENT_KEY, false, remoteAddress,
                LocalDateTime.now(clock));
        if (!hello.onlyHeartbeat(context)) {
            return Optional.empty();
        }
        hello.recordAndAnswer(context);
        long timestamp = ServerTimestamp.nextMicros(clock, computer.serverTimestampMicros());
        if (!computers.recordHeartbeat(computer, request.timestamp(), timestamp, context.row)) {
            known.forget(request.hostname());
            return Optional.empty();
        }
        known.remember(computer, request.timestamp(), timestamp);
        hello.runParticipants(context, request.data()); // outside a transaction: see CheckInParticipant
        return Optional.of(AgentReply.success(request, context.responseParams, timestamp, context.serverKey()));
    }
}
