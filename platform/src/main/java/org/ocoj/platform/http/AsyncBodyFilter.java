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
 * common case, a small hello — is read at once, without the second dispatch. Every body's bytes are reserved in
 * the {@link BodyBudget} before they are allocated: when bodies in flight would take more, the request is refused
 * (429 with Retry-After) unread, so no number of unauthenticated large or slow bodies can exhaust the heap.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class AsyncBodyFilter extends HttpFilter {

    static final long OTHER_MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final String BODY = AsyncBodyFilter.class.getName() + ".body";
    private static final String RESERVED = AsyncBodyFilter.class.getName() + ".reserved";
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    transient ServerConfig config;
    @Inject
    transient BodyBudget budget;
    @Resource
    transient ManagedScheduledExecutorService scheduler;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object body = request.getAttribute(BODY);
            try {
                chain.doFilter(body instanceof byte[] bytes ? new BufferedBodyRequest(request, bytes) : request,
                        response);
            } finally {
                request.removeAttribute(BODY);
                releaseReservation(request);
            }
            return;
        }
        long declared = request.getContentLengthLong();
        long limit = ServingFilter.isAgentApi(request) ? config.maxAgentBodyBytes() : OTHER_MAX_BODY_BYTES;
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if ((declared <= 0 && !chunked) || declared > limit || !request.isAsyncSupported()) {
            chain.doFilter(request, response); // nothing to read, or refused unread by the endpoint (413)
            return;
        }
        long reservation = chunked ? limit : declared; // a chunked body may grow up to the limit
        if (!budget.tryReserve(reservation)) {
            answer(request, response, 429, "The server is receiving too many large requests at once: retry later",
                    true);
            return;
        }
        boolean releasedLater = false;
        try {
            ServletInputStream in = request.getInputStream();
            if (declared > 0 && in.available() >= declared) {
                byte[] body = allocated(() -> in.readNBytes((int) declared), request, response);
                if (body != null) {
                    chain.doFilter(new BufferedBodyRequest(request, body), response);
                }
                return;
            }
            BodyCollector.Bytes buffer = allocated(() -> BodyCollector.buffer(declared), request, response);
            if (buffer != null) {
                collect(request, response, in, buffer, limit, reservation);
                releasedLater = true;
            }
        } finally {
            if (!releasedLater) {
                request.removeAttribute(RESERVED);
                budget.release(reservation);
            }
        }
    }

    private void releaseReservation(HttpServletRequest request) {
        if (request.getAttribute(RESERVED) instanceof Long reserved) {
            request.removeAttribute(RESERVED);
            budget.release(reserved);
        }
    }

    /**
     * Allocates a body's array. Its bytes are within the budget, but one large array may still not fit at this
     * moment (the heap is in use, or too fragmented for it): the request is then answered 503 with Retry-After —
     * the server is busy, not broken, and nothing else has been touched.
     */
    private <T> T allocated(Allocation<T> allocation, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            return allocation.allocate();
        } catch (OutOfMemoryError e) {
            answer(request, response, 503, "The server is short of memory for this request: retry later", true);
            return null;
        }
    }

    private interface Allocation<T> {
        T allocate() throws IOException;
    }

    private void collect(HttpServletRequest request, HttpServletResponse response, ServletInputStream in,
                         BodyCollector.Bytes buffer, long limit, long reservation) throws IOException {
        AsyncContext async = request.startAsync();
        request.setAttribute(RESERVED, reservation); // released once the request has been answered
        async.setTimeout(0); // the deadline below covers the body only, not the work after it
        AsyncHandOff handOff = new AsyncHandOff(async, scheduler);
        ScheduledFuture<?>[] deadline = new ScheduledFuture<?>[1];
        BodyCollector collector = new BodyCollector(in, buffer, limit, outcome -> {
            if (deadline[0] != null) {
                deadline[0].cancel(false);
            }
            if (outcome instanceof BodyCollector.Outcome.Complete complete) {
                request.setAttribute(BODY, complete.body());
                handOff.run(async::dispatch);
            } else {
                handOff.run(() -> {
                    refuse(request, response, outcome);
                    releaseReservation(request);
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
        if (outcome instanceof BodyCollector.Outcome.TooLarge tooLarge) {
            answer(request, response, 413, BoundedBody.tooLargeMessage(tooLarge.limit()), false);
        } else if (outcome instanceof BodyCollector.Outcome.TimedOut) {
            answer(request, response, 408, "The request body did not arrive within " + config.bodyTimeoutMillis()
                    + " ms", false);
        } else {
            answer(request, response, 400, "Could not read the request body: "
                    + ((BodyCollector.Outcome.Failed) outcome).reason(), false);
        }
    }

    /** Answers a request whose body is not (or not completely) read; the connection closes after it. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String message,
                               boolean retryLater) {
        byte[] body = ServingFilter.isAgentApi(request) ? AgentErrors.envelope(status, null, message)
                : Json.bytes(Map.of("error", message));
        try {
            response.setStatus(status);
            if (retryLater) {
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            }
            response.setHeader("Connection", "close"); // the rest of the body, if any, is not read
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nobody to tell
        }
    }
}
