package org.ocoj.platform.health;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import org.ocoj.platform.config.ServerConfig;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A graceful stop: on SIGTERM the node stops being ready at once ({@link ServingState#draining()}: readiness DOWN,
 * new requests 503), waits for the requests in flight — at most {@code OCO_DRAIN_SECONDS} — closes the HTTP port
 * ({@link HttpListeners}) and only then lets the JVM stop as before (Payara's shutdown, the embedded database;
 * bin/oco-server exits 0). The JVM's own
 * SIGTERM handling would undeploy the application under running requests. A second SIGTERM while draining (systemd
 * signals both the launcher and the JVM) changes nothing.
 */
@ApplicationScoped
public class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());
    private static final Signal TERM = new Signal("TERM");
    /** Longest wait for Payara's configuration MBeans after the drain (booting them takes a few seconds). */
    private static final Duration CLOSE_PORT_WAIT = Duration.ofSeconds(20);
    private static final int EXIT_ON_TERM = 128 + 15; // what the JVM's own handler exits with; the launcher maps it to 0

    @Inject
    ServingState state;
    @Inject
    ServerConfig config;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final HttpListeners listeners = new HttpListeners();
    private SignalHandler previous;
    private volatile Duration limit;
    private volatile ClassLoader loader;

    /** Takes over SIGTERM; called once start-up is complete. Throws when {@code OCO_DRAIN_SECONDS} is invalid. */
    public synchronized void install() {
        if (previous != null) {
            return;
        }
        limit = config.drainTime();
        loader = Thread.currentThread().getContextClassLoader();
        try {
            previous = Signal.handle(TERM, this::onTerm);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LOG.warning("SIGTERM stops this server without draining (cannot handle the signal: " + e.getMessage() + ")");
        }
    }

    private void onTerm(Signal signal) {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        // the JVM's signal thread has no context class loader, which the CDI proxies need
        Thread.currentThread().setContextClassLoader(loader);
        try {
            state.draining();
            CompletableFuture<Void> listenersReady = CompletableFuture.runAsync(this::prepareListeners,
                    runnable -> new Thread(runnable, "oco-drain").start());
            awaitRequests();
            closePort(listenersReady);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Draining failed; stopping at once", e);
        } finally {
            stop(signal); // whatever happened, a SIGTERM stops the server
        }
    }

    private void awaitRequests() {
        PrintStream out = System.out;
        out.println("OCO-J: stopping: no longer ready; waiting for " + state.inFlight()
                + " request(s) in flight (at most " + limit.toSeconds() + " s)");
        int left;
        try {
            left = state.awaitIdle(limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            left = state.inFlight();
        }
        out.println(left == 0 ? "OCO-J: stopping: every request in flight was answered"
                : "OCO-J: stopping: " + left + " request(s) still running after " + limit.toSeconds()
                + " s (OCO_DRAIN_SECONDS); stopping anyway");
        out.flush();
    }

    private void prepareListeners() {
        try {
            listeners.prepare();
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the HTTP port before Payara's own stop, which would answer HTML 500s while it undeploys. */
    private void closePort(CompletableFuture<Void> listenersReady) {
        try {
            listenersReady.get(CLOSE_PORT_WAIT.toSeconds(), TimeUnit.SECONDS);
            listeners.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | JMException e) {
            LOG.warning("Could not close the HTTP port before stopping (" + e + "); requests arriving during the "
                    + "last moments of the stop may get HTTP 500");
        }
    }

    private void stop(Signal signal) {
        SignalHandler handler;
        synchronized (this) {
            handler = previous;
        }
        if (handler != null && handler != SignalHandler.SIG_DFL && handler != SignalHandler.SIG_IGN) {
            handler.handle(signal); // the JVM's own: System.exit(143) and the shutdown hooks
        } else {
            System.exit(EXIT_ON_TERM);
        }
    }

    /** The application goes away (undeploy or stop): give SIGTERM back to the JVM. */
    @PreDestroy
    synchronized void uninstall() {
        if (previous != null && !draining.get()) {
            Signal.handle(TERM, previous);
        }
        previous = null;
    }
}
