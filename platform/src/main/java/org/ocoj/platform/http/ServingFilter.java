package org.ocoj.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.ocoj.platform.agent.AgentErrors;
import org.ocoj.platform.health.ServingState;
import org.ocoj.platform.json.Json;

/**
 * The first filter of every request (declared in web.xml, so it runs before the annotated ones): while the node
 * starts or drains ({@link ServingState}) it answers 503 with {@code Retry-After} in the API's JSON error shape —
 * a JSON-RPC error object on the agent API, {@code {"error": "…"}} elsewhere — so an agent or a load balancer
 * tries again (elsewhere) instead of meeting a half-started or half-stopped application. Otherwise it counts the
 * request as in flight until its response is complete (also when the body is read asynchronously), so a stop
 * can wait for it. {@code /health} and {@code /metrics} are Payara's own contexts and never pass here.
 */
public class ServingFilter extends HttpFilter {

    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    transient ServingState proxy;
    private transient ServingState state;

    @Override
    public void init() {
        state = proxy.instance();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        state.requestStarted(); // counted before the phase is read: a drain that begins now waits for this one
        ServingState.Phase phase = state.phase();
        boolean async = false;
        try {
            if (phase != ServingState.Phase.SERVING) {
                refuse(request, response, phase);
                return;
            }
            chain.doFilter(request, response);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new EndOfRequest());
                async = true;
            }
        } finally {
            if (!async) {
                state.requestEnded();
            }
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ServingState.Phase phase)
            throws IOException {
        String message = capitalized(phase.reason()) + "; try again in a few seconds";
        byte[] body = isAgentApi(request) ? AgentErrors.envelope(503, null, message)
                : Json.bytes(Map.of("error", message));
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Connection", "close"); // the next try opens a new connection: a balancer may pick another node
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static boolean isAgentApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api-agent.php") || path.equals("/api-agent");
    }

    /** Ends the count of a request whose response is completed later, on another thread. */
    private final class EndOfRequest implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            state.requestEnded();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onError(AsyncEvent event) {
            // onComplete follows
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this); // started again: keep listening
        }
    }
}
