package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.ComputerRepository;
import org.ocoj.platform.db.GroupCommit;
import org.ocoj.platform.db.SqlFailure;

/**
 * The common case of the hot path — a known computer's hello, signed with its committed key, that changes
 * nothing but the heartbeat — answered with one write, committed together with the heartbeats of concurrent
 * hellos ({@link org.ocoj.platform.db.GroupCommit}), plus one read when the computer is not in
 * {@link KnownComputers}; no JTA transaction (ARCHITECTURE §5). Everything else, and every hello whose write finds the row changed since the read or the
 * timestamp not newer, goes the full way through {@link AgentProtocol}, which then decides and logs exactly
 * as if this class did not exist.
 */
@ApplicationScoped
class HelloFastPath {

    private static final Logger LOG = Logger.getLogger(HelloFastPath.class.getName());

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
        if (!heartbeatWritten(computer, request, timestamp, context)) {
            known.forget(request.hostname());
            return Optional.empty();
        }
        known.remember(computer, request.timestamp(), timestamp);
        hello.deferParticipants(context);
        return Optional.of(AgentReply.success(context, timestamp));
    }

    /**
     * A failed batch wrote nothing of this heartbeat either: the full path then decides as if it never ran. A
     * write the database took but did not confirm in time may still land: then neither path can answer
     * truthfully, and the agent is told to try again (503) instead of being refused as a replay.
     */
    private boolean heartbeatWritten(AgentView computer, AgentRequest request, long timestamp,
                                     AgentContext context) {
        try {
            return computers.recordHeartbeat(computer, request.timestamp(), timestamp, context.row);
        } catch (SqlFailure e) {
            LOG.log(Level.FINE, "Heartbeat of " + request.hostname() + " not written; taking the full path", e);
            return false;
        } catch (GroupCommit.OutcomeUnknown e) {
            LOG.warning(() -> "Heartbeat of " + request.hostname() + ": " + e.getMessage());
            known.forget(request.hostname());
            throw new AgentException(503, "Server busy: " + e.getMessage());
        }
    }
}
