package org.ocoj.platform.agent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.ocoj.api.server.RequestException;
import org.ocoj.platform.activity.ActivityCounters;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.db.Deadlocks;
import org.ocoj.platform.http.BoundedBody;
import org.ocoj.platform.http.ClientAddresses;
import org.ocoj.platform.http.ContentTypes;
import org.ocoj.platform.http.JsonError;
import org.ocoj.platform.json.Json;
import org.ocoj.platform.logging.FailureLog;
import org.ocoj.platform.security.Hmac;

/**
 * {@code POST /api-agent.php} (and {@code /api-agent}): the OCO agent JSON-RPC endpoint (SPEC §1). Reads the
 * raw body (bounded), answers a heartbeat-only hello through {@link HelloFastPath} and everything else through
 * {@link AgentProtocol}, and signs the exact bytes it sends back. A plain servlet rather than a JAX-RS
 * resource: this is the hot path, and a singleton servlet skips the per-request resource creation, injection
 * and content negotiation that JAX-RS would do for every hello.
 */
@WebServlet(urlPatterns = {"/api-agent.php", "/api-agent"}, asyncSupported = true)
public class AgentServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(AgentServlet.class.getName());
    private static final String JSON = "application/json";
    static final String SIGNATURE_HEADER = "x-oco-agent-signature";
    static final String SERVER_SIGNATURE_HEADER = "x-oco-server-signature";

    @Inject
    transient HelloFastPath fastPath;
    @Inject
    transient AgentProtocol protocol;
    @Inject
    transient ServerConfig config;
    @Inject
    transient ClientAddresses addresses;
    @Inject
    transient FailureLog failures;
    @Inject
    transient AgentMetrics metrics;
    @Inject
    transient ActivityCounters activity;

    @Override
    protected void doPost(HttpServletRequest http, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        String method = null;
        int status = 500;
        try {
            AgentRequest request = null;
            try {
                if (!ContentTypes.isJson(http.getContentType())) {
                    throw AgentException.badRequest("Content type mismatch: expected application/json");
                }
                request = AgentRequest.parse(BoundedBody.read(http.getInputStream(), http.getContentLengthLong(),
                        config.maxAgentBodyBytes(), AgentException::new));
                method = request.method();
                status = answer(request, http, response);
            } catch (AgentException e) {
                status = error(response, e.status(), idOf(request), e.getMessage());
            } catch (RequestException e) { // a field out of range, also on the fast path: the request's fault
                status = error(response, 400, idOf(request), "Invalid JSON data: " + e.getMessage());
            } catch (IOException e) {
                status = error(response, 400, idOf(request), "Could not read the request body: " + e.getMessage());
            } catch (RuntimeException e) {
                failures.failed(LOG, "Agent request from " + addresses.of(http), e);
                JsonError failure = JsonError.of(e);
                if (failure.retryAfterSeconds() > 0) {
                    response.setHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
                }
                status = error(response, failure.status(), idOf(request), failure.message());
            }
        } finally {
            metrics.request(method, status, System.nanoTime() - started);
        }
    }

    private int answer(AgentRequest request, HttpServletRequest http, HttpServletResponse response)
            throws IOException {
        String signature = http.getHeader(SIGNATURE_HEADER);
        String remote = addresses.of(http);
        Optional<AgentReply> fast = fastPath.answer(request, signature, remote);
        if (AgentMethods.HELLO.equals(request.method())) {
            metrics.hello(fast.isPresent());
        }
        AgentReply reply = fast.orElseGet(() -> fullPath(request, signature, remote));
        reply.runAfterCommit(); // outside any transaction: the request's own write is committed
        countActivity(request.method());
        byte[] bytes = Json.bytes(reply.envelope());
        if (reply.serverKey() != null && !reply.serverKey().isEmpty()) {
            response.setHeader(SERVER_SIGNATURE_HEADER, Hmac.sha256Hex(reply.serverKey(), bytes));
        }
        return send(response, 200, bytes);
    }

    /** For the dashboard's activity charts: in memory, written once a minute (ActivityCountsJob). */
    private void countActivity(String method) {
        if (AgentMethods.HELLO.equals(method)) {
            activity.checkIn();
        } else if (AgentMethods.UPDATE.equals(method)) {
            activity.inventoryUpdate();
        }
    }

    private static Object idOf(AgentRequest request) {
        return request == null ? null : request.id();
    }

    private AgentReply fullPath(AgentRequest request, String signature, String remote) {
        try {
            return Deadlocks.retry("agent request of " + request.hostname(),
                    () -> protocol.handle(request, signature, remote));
        } finally {
            fastPath.fullPathTaken(request.hostname());
        }
    }

    private static int error(HttpServletResponse response, int status, Object id, String message)
            throws IOException {
        return send(response, status, AgentErrors.envelope(status, id, message));
    }

    private static int send(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return status;
    }
}
