package org.ocoj.agent.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ocoj.api.agent.EventQuery;
import org.ocoj.api.agent.EventRecord;
import org.ocoj.api.agent.EventSource;
import org.ocoj.api.agent.Platform;

/**
 * Runs the server's event rules against the event sources that apply to this machine, one rule at a time
 * on a daemon thread with the source's time limit. A rule no source handles is skipped (as upstream agents
 * do); a source that fails or overruns is logged and its rule contributes nothing this cycle.
 */
public final class EventRunner {
    private static final Logger LOG = Logger.getLogger(EventRunner.class.getName());

    private final Supplier<List<EventSource>> sources;

    public EventRunner(List<EventSource> sources) {
        List<EventSource> fixed = List.copyOf(sources);
        this.sources = () -> fixed;
    }

    /** Asks {@code sources} before every run: plugins delivered by the server are replaced while the agent runs. */
    public EventRunner(Supplier<List<EventSource>> sources) {
        this.sources = sources;
    }

    /** The events of all rules, at most {@link EventQuery#maxEvents()} per rule. */
    public List<EventRecord> collect(List<EventQuery> rules, Platform platform) {
        List<EventSource> applicable = sources.get().stream().filter(source -> source.appliesTo(platform)).toList();
        List<EventRecord> events = new ArrayList<>();
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "event-source");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (EventQuery rule : rules) {
                Optional<EventSource> source = applicable.stream().filter(s -> s.handles(rule.log())).findFirst();
                if (source.isEmpty()) {
                    LOG.fine(() -> "event rule for log '" + rule.log() + "' skipped: no event source on this machine runs it");
                    continue;
                }
                List<EventRecord> found = run(executor, source.get(), rule);
                events.addAll(found.subList(0, Math.min(found.size(), rule.maxEvents())));
            }
        } finally {
            executor.shutdownNow();
        }
        return events;
    }

    private static List<EventRecord> run(ExecutorService executor, EventSource source, EventQuery rule) {
        Future<List<EventRecord>> future = executor.submit(() -> source.read(rule));
        Duration limit = source.timeLimit();
        try {
            List<EventRecord> found = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return found == null ? List.of() : found;
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warning("event source " + source.id() + " exceeded its time limit of " + limit.toMillis()
                    + " ms for log '" + rule.log() + "'; no events from this rule");
        } catch (ExecutionException e) {
            LOG.warning("event source " + source.id() + " failed for log '" + rule.log() + "': " + e.getCause());
            LOG.log(Level.FINE, "event source " + source.id() + " stack trace", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
        }
        return List.of();
    }
}
