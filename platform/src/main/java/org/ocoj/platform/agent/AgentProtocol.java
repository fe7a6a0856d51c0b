package org.ocoj.platform.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;
import org.ocoj.api.server.AgentCall;
import org.ocoj.api.server.AgentMethod;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.computer.AgentClockCeiling;
import org.ocoj.platform.computer.AgentView;
import org.ocoj.platform.computer.ComputerRepository;
import org.ocoj.platform.plugin.PluginHost;
import org.ocoj.platform.registration.HostnameSyntax;
import org.ocoj.platform.registration.RegistrationService;

/**
 * One agent request, in one transaction: find the computer (or let it register), verify the signature, run
 * the method, then write the computer row once — that write also enforces the rolling agent timestamp, so a
 * replayed or stale request changes nothing (SPEC §1.7, applied to every method as §9.3 asks).
 */
@ApplicationScoped
public class AgentProtocol {

    private static final Logger LOG = Logger.getLogger(AgentProtocol.class.getName());

    @Inject
    ComputerRepository computers;
    @Inject
    AgentAuthenticator authenticator;
    @Inject
    RegistrationService registration;
    @Inject
    KeyIssuance keys;
    @Inject
    HelloHandler hello;
    @Inject
    UpdateHandler update;
    @Inject
    PasswordsHandler passwords;
    @Inject
    JobStateHandler jobState;
    @Inject
    PluginHost plugins;
    @Inject
    Clock clock;

    @Transactional
    public AgentReply handle(AgentRequest request, String signature, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean registered = false;
        AgentView computer = computers.findByHostnameForUpdate(request.hostname()).orElse(null);
        if (computer == null) {
            registerOrRefuse(request, signature, remoteAddress, now);
            computer = computers.findByHostnameForUpdate(request.hostname()).orElseThrow();
            registered = true;
        }
        MatchedKey key = authenticator.verify(request, computer, signature, remoteAddress);
        long nowSeconds = clock.millis() / 1000;
        if (computer.agentTimestamp() != null && request.timestamp().compareTo(computer.agentTimestamp()) <= 0
                || AgentClockCeiling.refuses(computer.agentClockCeiling(), request.timestamp(), nowSeconds)) {
            throw stale(request, remoteAddress); // known now, under the row lock: no work for a replay
        }
        AgentContext context = new AgentContext(request, computer, key, registered, remoteAddress, now);
        if (AgentClockCeiling.passed(computer.agentClockCeiling(), request.timestamp(), nowSeconds)) {
            context.row.set("agent_clock_ceiling", null);
        }
        keys.apply(context);
        try {
            dispatch(context);
        } catch (RequestException e) {
            throw AgentException.badRequest("Invalid JSON data: " + e.getMessage());
        }
        long timestamp = ServerTimestamp.nextMicros(clock, computer.serverTimestampMicros());
        context.row.set("server_timestamp_us", timestamp);
        if (!computers.updateIfNewer(computer.id(), request.timestamp(), context.row)) {
            throw stale(request, remoteAddress);
        }
        return AgentReply.success(context, timestamp);
    }

    private static AgentException stale(AgentRequest request, String remoteAddress) {
        LOG.warning(() -> "Refused " + request.method() + " of " + request.hostname() + " from " + remoteAddress
                + ": timestamp " + request.timestamp() + " is not newer than the last accepted one");
        return AgentException.unauthorized("Agent timestamp too old (replayed or stale request) for host "
                + request.hostname());
    }

    private void registerOrRefuse(AgentRequest request, String signature, String remote, LocalDateTime now) {
        if (!AgentMethods.HELLO.equals(request.method())) {
            throw AgentException.unauthorized("Computer not found: " + request.hostname());
        }
        if (!registration.mayRegister(request.hostname(), remote)) {
            LOG.warning(() -> "Refused unknown computer " + request.hostname() + " from " + remote
                    + ": self-registration is disabled");
            throw AgentException.unauthorized("Client self-registration is disabled (unknown host "
                    + request.hostname() + ")");
        }
        authenticator.verifyRegistration(request, signature, remote);
        if (!HostnameSyntax.valid(request.hostname())) {
            throw AgentException.badRequest("Invalid JSON data: params.hostname is not a host name a computer can"
                    + " register with (letters, digits, hyphens, underscores and dots, per RFC 1123)");
        }
        Object version = request.data().raw("agent_version");
        registration.register(request.hostname(), version instanceof String ? truncate((String) version) : "",
                remote, now);
    }

    private static String truncate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }

    private void dispatch(AgentContext context) {
        String method = context.request.method();
        switch (method) {
            case AgentMethods.HELLO:
                hello.handle(context);
                break;
            case AgentMethods.UPDATE:
                update.handle(context);
                break;
            case AgentMethods.PASSWORDS:
                passwords.handle(context, signingKey(context));
                break;
            case AgentMethods.UPDATE_JOB_STATE:
                jobState.handle(context);
                break;
            default:
                dispatchToPlugin(context);
        }
    }

    /** The key the agent used for this request: it also encrypts its passwords (SPEC §2.7). */
    private static String signingKey(AgentContext context) {
        return context.key == MatchedKey.PENDING_KEY ? context.computer.pendingAgentKey()
                : context.computer.agentKey();
    }

    private void dispatchToPlugin(AgentContext context) {
        String method = context.request.method();
        AgentMethod handler = plugins.extensions(AgentMethod.class).stream()
                .filter(m -> method.equals(m.method()))
                .findFirst()
                .orElseThrow(() -> AgentException.badRequest("Unknown method: " + method));
        Map<String, Object> result = handler.handle(
                new AgentCall(context.computer.ref(), context.request.params(), context.remoteAddress));
        if (result != null) {
            context.responseParams.putAll(result);
        }
        Heartbeat.recordContact(context);
    }
}
