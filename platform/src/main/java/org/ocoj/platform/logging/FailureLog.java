package org.ocoj.platform.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ocoj.platform.db.Causes;
import org.ocoj.platform.db.DatabaseUnavailable;

/**
 * Logs a failed request as one line — what failed and why, in words — and its stack trace only once per
 * distinct cause per minute. A failing dependency (the database down under a few hundred agents) would
 * otherwise write kilobytes of the same stack trace for every request and bury everything else.
 */
@ApplicationScoped
public class FailureLog {

    static final long STACK_TRACE_EVERY_MILLIS = 60_000;
    private static final int MAX_CAUSES = 1000;

    private final Clock clock;
    private final Map<String, Long> lastStackTrace = new ConcurrentHashMap<>();

    @Inject
    public FailureLog(Clock clock) {
        this.clock = clock;
    }

    protected FailureLog() {
        this(Clock.systemUTC()); // for CDI proxies
    }

    /** @param what the failed request in words, e.g. "Agent request of pc-17" */
    public void failed(Logger log, String what, Throwable failure) {
        String line = what + " failed: " + describe(failure);
        if (firstInAMinute(signature(failure))) {
            log.log(Level.WARNING, line + " (stack trace shown once a minute per cause)", failure);
        } else {
            log.warning(line);
        }
    }

    /**
     * Why, in one line: the innermost cause, which says what actually went wrong (the outer ones are wrappers
     * such as "Exception [EclipseLink-4002]"), and whether that means the database is unavailable.
     */
    public static String describe(Throwable failure) {
        Throwable root = Causes.root(failure);
        String why = oneLine(root.getClass().getSimpleName() + ": " + message(root));
        return DatabaseUnavailable.causes(failure) ? "the database is unavailable (" + why + ")" : why;
    }

    private boolean firstInAMinute(String signature) {
        long now = clock.millis();
        if (lastStackTrace.size() > MAX_CAUSES) {
            lastStackTrace.clear(); // bounded memory; at worst a trace more
        }
        boolean[] first = {false};
        lastStackTrace.compute(signature, (key, previous) -> {
            if (previous != null && now - previous < STACK_TRACE_EVERY_MILLIS) {
                return previous;
            }
            first[0] = true;
            return now;
        });
        return first[0];
    }

    /** The same cause: the same exception types along the chain and the same root message, digits aside. */
    static String signature(Throwable failure) {
        return Causes.of(failure).map(t -> t.getClass().getName()).collect(Collectors.joining("<"))
                + "|" + message(Causes.root(failure)).replaceAll("[0-9]+", "#");
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
