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
 * nothing but the heartbeat — answered with one read and one auto-committed write, without a JTA transaction
 * (ARCHITECTURE §5). Everything else, and every hello whose write finds the row changed since the read or the
 * timestamp not newer, goes the full way through {@link AgentProtocol}, which then decides and logs exactly
 * as if this class did not exist.
 */
@ApplicationScoped
class HelloFastPath {

    @Inject
    ComputerRepository computers;
    @Inject
    AgentAuthenticator authenticator;
    @Inject
    HelloHandler hello;
    @Inject
    HelloParticipants participants;
    @Inject
    Clock clock;

    Optional<AgentReply> answer(AgentRequest request, String signature, String remoteAddress) {
        if (!AgentMethods.HELLO.equals(request.method())) {
            return Optional.empty();
        }
        AgentView computer = computers.findByHostname(request.hostname()).orElse(null);
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
            return Optional.empty();
        }
        participants.run(context);
        return Optional.of(AgentReply.success(request, context.responseParams, timestamp, context.serverKey()));
    }
}
