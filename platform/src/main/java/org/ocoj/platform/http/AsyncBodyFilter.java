package org.ocoj.platform.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ocoj.platform.agent.AgentErrors;
import org.ocoj.platform.config.ServerConfig;
import org.ocoj.platform.json.Json;

/**
 * Reads every request body before a request thread works on it, without blocking one: a client that sends its
 * body slowly (one byte every few seconds, on hundreds of connections) would otherwise hold a request thread
 * each and take the whole server down — UI and client API included. The bytes are collected as they arrive
 * ({@link BodyCollector}); once complete, the request is dispatched again with the body in memory
 * ({@link BufferedBodyRequest}), so the endpoints read it as before and never wait. A body not complete within
 * {@code OCO_BODY_TIMEOUT_MILLIS} is answered 408; one over the limit 413 (agent API:
 * {@code OCO_AGENT_MAX_BODY_BYTES}, everything else 4 MiB). A body that has fully arrived with its headers — the
 * common case, a small hello — is read at once, without the second dispatch.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class AsyncBodyFilter extends HttpFilter {

    static final long OTHER_MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final String BODY = AsyncBodyFilter.class.getName() + ".body";

    @Inject
    transient ServerConfig config;
    @Resource
    transient ManagedScheduledExecutorService scheduler;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object body = request.getAttribute(BODY);
            chain.doFilter(body instanceof byte[] bytes ? new BufferedBodyRequest(request, bytes) : request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        long limit = ServingFilter.isAgentApi(request) ? config.maxAgentBodyBytes() : OTHER_MAX_BODY_BYTES;
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if ((declared <= 0 && !chunked) || declared > limit || !request.isAsyncSupported()) {
            chain.doFilter(request, response); // nothing to read, or refused unread by the endpoint (413)
            return;
        }
        ServletInputStream in = request.getInputStream();
        if (declared > 0 && in.available() >= declared) {
            chain.doFilter(new BufferedBodyRequest(request, in.readNBytes((int) declared)), response);
            return;
        }
        collect(request, response, in, declared, limit);
    }

    private void collect(HttpServletRequest request, HttpServletResponse response, ServletInputStream in,
                         long declared, long limit) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the deadline below covers the body only, not the work after it
        AsyncHandOff handOff = new AsyncHandOff(async, scheduler);
        ScheduledFuture<?>[] deadline = new ScheduledFuture<?>[1];
        BodyCollector collector = new BodyCollector(in, declared, limit, outcome -> {
            if (deadline[0] != null) {
                deadline[0].cancel(false);
            }
            if (outcome instanceof BodyCollector.Outcome.Complete complete) {
                request.setAttribute(BODY, complete.body());
                handOff.run(async::dispatch);
            } else {
                handOff.run(() -> {
                    refuse(request, response, outcome);
                    async.complete();
                });
            }
        });
        try {
            deadline[0] = scheduler.schedule(collector::timeOut, config.bodyTimeoutMillis(), TimeUnit.MILLISECONDS);
            in.setReadListener(collector);
        } catch (RuntimeException e) {
            // never leave a started request without an answer: it would hang for good (no container timeout)
            collector.onError(e);
        } finally {
            handOff.firstPassLeft();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BodyCollector.Outcome outcome) {
        int status;
        String message;
        if (outcome instanceof BodyCollector.Outcome.TooLarge tooLarge) {
            status = 413;
            message = BoundedBody.tooLargeMessage(tooLarge.limit());
        } else if (outcome instanceof BodyCollector.Outcome.TimedOut) {
            status = 408;
            message = "The request body did not arrive within " + config.bodyTimeoutMillis() + " ms";
        } else {
            status = 400;
            message = "Could not read the request body: " + ((BodyCollector.Outcome.Failed) outcome).reason();
        }
        byte[] body = ServingFilter.isAgentApi(request) ? AgentErrors.envelope(status, null, message)
                : Json.bytes(Map.of("error", message));
        try {
            response.setStatus(status);
            response.setHeader("Connection", "close"); // the rest of the body, if any, is not read
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nobody to tell
        }
    }
}
